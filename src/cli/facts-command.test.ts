import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FactBase } from '../factbase/schema';
import { runFacts } from './facts-command';

const dir = mkdtempSync(join(tmpdir(), 'fact-lens-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function folder(name: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  return path;
}

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runFacts(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('facts command', () => {
  it('summarises the bundled article: passages, facts per entity, each with its quote', () => {
    const { code, out, err } = run();
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('South China Morning Post, published 2017-11-12T16:18:00+08:00');
    expect(out).toMatch(/29 passages \(25 body, 1 headline\), \d+ facts about \d+ entities/);
    expect(out).toMatch(
      /Alibaba Cloud \(business-unit\): 5 fact\(s\)\n {2}- founded: 2009 {2}\[¶13\]\n {6}“Founded in 2009, Alibaba Cloud/,
    );
  });

  it('prints the FactBase as JSON with --json', () => {
    const { code, out } = run('--json');
    expect(code).toBe(0);
    const parsed = FactBase.safeParse(JSON.parse(out));
    expect(parsed.success).toBe(true);
  });

  it('builds a fact base from the articles given', () => {
    const article = file('lazada news.txt', 'Lazada grows\n\nLazada has more than 70 million users.\n');
    const { code, out } = run(article);
    expect(code).toBe(0);
    expect(out).toContain('Lazada (business-unit): 1 fact(s)\n  - users: more than 70 million users  [¶2]');
  });

  const bad: [string, () => string[], RegExp][] = [
    ['an empty file', () => [file('empty.txt', ' \n')], /^facts: .*empty\.txt: file is empty$/],
    [
      'a binary file',
      () => [file('image.txt', Buffer.from([0x89, 0x50, 0x00, 0x01]))],
      /^facts: .*image\.txt: binary file \(contains NUL bytes\)/,
    ],
    [
      'a file that is not UTF-8',
      () => [file('latin1.txt', Buffer.from([0x41, 0xe9, 0x42]))],
      /^facts: .*latin1\.txt: not UTF-8 text$/,
    ],
    [
      'a file over 5 MB',
      () => [file('huge.txt', 'a'.repeat(5 * 1024 * 1024 + 1))],
      /^facts: .*huge\.txt: file is 5\.0 MB; the limit is 5 MB$/,
    ],
    ['a missing path', () => [join(dir, 'missing.txt')], /^facts: .*missing\.txt: no such file$/],
    ['a directory', () => [folder('folder')], /^facts: .*folder: is a directory/],
    ['an unknown option', () => ['--jsno'], /^facts: unknown option --jsno \(usage: /],
  ];
  it.each(bad)('refuses %s with one line and exit code 2', (_name, args, message) => {
    const { code, out, err } = run(...args());
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.split('\n')).toHaveLength(1);
  });

  it('stops quietly when its reader closes the pipe early', () => {
    const piped = spawnSync('bash', ['-c', 'set -o pipefail; npx tsx src/cli/facts.ts --json | head -c 10'], {
      encoding: 'utf8',
    });
    expect(piped.stdout).toHaveLength(10);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
  });

  it('exits 2 from the real command line', () => {
    const result = spawnSync('npx', ['tsx', 'src/cli/facts.ts', join(dir, 'missing.txt')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('missing.txt: no such file');
    expect(execFileSync('npx', ['tsx', 'src/cli/facts.ts', '--help'], { encoding: 'utf8' })).toMatch(
      /^usage: npm run -s facts/,
    );
  });
});
