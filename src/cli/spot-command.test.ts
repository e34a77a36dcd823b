import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../node/load-data';
import { runSpot, spotHtml } from './spot-command';

const dir = mkdtempSync(join(tmpdir(), 'fact-lens-spot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = (...args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = runSpot(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
};
const catalog = loadCatalog();

describe('spot command', () => {
  it('prints the mentions of an HTML page as JSON, with the canonical name and the page’s words', () => {
    const page = file(
      'page.html',
      '<html><body><h1>News</h1><p>Shares of <b>Alibaba</b> Cloud and aliyun rose; <i>Singles Day</i> is near.</p></body></html>',
    );
    const { code, out } = run('--json', page);
    expect(code).toBe(0);
    expect(JSON.parse(out[0] ?? '')).toEqual({
      mentions: [
        { entity: 'Alibaba Cloud', text: 'Alibaba Cloud', start: 16, end: 29 },
        { entity: "Singles' Day", text: 'Singles Day', start: 47, end: 58 },
      ],
      claims: [],
    });
  });

  it('adds the claims it checked, each with its sentence, verdict, reason and deciding fact', () => {
    const page = file(
      'claims.html',
      '<p>Alibaba Cloud runs 20 data centres. Alipay was launched in 2004.</p><p>Alipay is big.</p>',
    );
    expect(JSON.parse(run('--json', page).out[0] ?? '').claims).toEqual([
      {
        text: 'Alibaba Cloud runs 20 data centres.',
        entity: 'Alibaba Cloud',
        attribute: 'data centres',
        value: '20 data centres',
        verdict: 'contradicted',
        reason: 'The article says 15 data centres, which rules out “20 data centres”.',
        fact: {
          quote: expect.stringMatching(/^At present, Alibaba Cloud has an international network of 15 data centres/),
          passageId: 'scmp-2017-11-12-alibaba-singles-day-p16',
        },
      },
      {
        text: 'Alipay was launched in 2004.',
        entity: 'Alipay',
        attribute: 'launched',
        value: '2004',
        verdict: 'supported',
        reason: 'The article says 2004, which fits “2004”.',
        fact: {
          quote: expect.stringMatching(/^Launched in 2004, Alipay/),
          passageId: 'scmp-2017-11-12-alibaba-singles-day-p18',
        },
      },
    ]);
  });

  it('gives offsets into the page’s visible text', () => {
    const { text, mentions } = spotHtml(
      '<body><p>Alipay</p><script>Alipay</script><p>x <span>Taobao</span></p></body>',
      catalog,
    );
    expect(text).toBe('Alipay\n\nx Taobao');
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Alipay', 'Taobao']);
  });

  it('finds nothing in the traps', () => {
    const traps =
      '<body><p>Jack Maynard read the schema; singleSignOn; an ant colony by the Post Office.</p><p>Goldman Sachs, Morningstar, Verifone and Pinsent Masons.</p><p>See https://example.com/alibaba/cloud or <a href="https://www.alibaba.com/">home</a> <img alt="Alibaba logo"></p><div data-company="Alibaba"></div></body>';
    expect(spotHtml(traps, catalog).mentions).toEqual([]);
  });

  it('reads plain text too, offsets into the file', () => {
    const { out } = run('--json', file('a.txt', 'Lazada and Tmall.\n'));
    expect(JSON.parse(out[0] ?? '').mentions).toEqual([
      { entity: 'Lazada', text: 'Lazada', start: 0, end: 6 },
      { entity: 'Tmall', text: 'Tmall', start: 11, end: 16 },
    ]);
  });

  it('summarises for a person', () => {
    const { out } = run(file('b.html', '<p>Alibaba and Alibaba again, and Alipay.</p>'));
    expect(out.slice(0, 3)).toEqual([
      '3 mention(s) of 2 Alibaba unit(s) in 38 characters of visible text',
      '    2  Alibaba Group',
      '    1  Alipay',
    ]);
  });

  const bad: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(dir, 'none.html')], /^spot: .*none\.html: no such file$/],
    ['an empty file', () => [file('empty.html', '  ')], /^spot: .*empty\.html: file is empty$/],
    ['a binary file', () => [file('bin.html', '\u0000\u0001')], /^spot: .*bin\.html: binary file/],
    ['another kind of file', () => [file('x.pdf', 'x')], /^spot: .*x\.pdf: expected a \.html, \.htm or \.txt file$/],
    ['no file', () => [], /^spot: give exactly one file/],
    ['an unknown option', () => ['--xml', 'a.html'], /^spot: Unknown option '--xml'/],
  ];
  it.each(bad)('refuses %s with one line and exit code 2', (_name, args, message) => {
    const { code, out, err } = run(...args());
    expect([code, out, err.length]).toEqual([2, [], 1]);
    expect(err[0]).toMatch(message);
  });
});
