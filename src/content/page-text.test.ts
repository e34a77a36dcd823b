import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../spot/match-aliases';
import { CATALOG } from '../test/catalog';
import { isOurs } from './card-bridge';
import { mentionsInBlock } from './page-mentions';
import { isInsideSkipped, locate, walkBlocks, walkSteps } from './page-text';

const blocksOf = (html: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...walkBlocks(document.body, isOurs)];
};
const texts = (html: string) => blocksOf(html).map((b) => b.text);

describe('walkSteps', () => {
  // A long story in inline markup: one block of thousands of nodes and some 60,000 characters.
  const story = Array.from({ length: 2000 }, (_, i) => `<span>Alibaba sold item ${i}.</span> `).join('');
  const { document } = parseHTML(`<!doctype html><html><body><p>${story}</p><p>After.</p></body></html>`);

  it('pauses inside a block of many nodes, so a caller can look at the clock', () => {
    const steps = [...walkSteps(document.body, isOurs, 100)];
    const firstBlock = steps.findIndex((s) => s !== null);
    expect(firstBlock).toBeGreaterThan(10);
    expect(steps.slice(0, firstBlock).every((s) => s === null)).toBe(true);
  });

  it('reads a very long block in pieces cut after a sentence, losing no text', () => {
    const blocks = [...walkSteps(document.body, isOurs)].filter((s) => s !== null);
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.slice(0, -1).every((b) => /\.\s*$/.test(b.text))).toBe(true);
    expect(blocks.every((b) => b.text.length < 25_000)).toBe(true);
    expect(
      blocks
        .slice(0, -1)
        .map((b) => b.text)
        .join(''),
    ).toBe(document.querySelector('p')?.textContent);
    expect(blocks.at(-1)?.text).toBe('After.');
  });
});

describe('walkBlocks', () => {
  const cases: [string, string, string[]][] = [
    ['one block per paragraph', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    [
      'inline elements continue the block',
      '<p><b>Alibaba</b> Cloud <a href="#">grew</a>.</p>',
      ['Alibaba Cloud grew.'],
    ],
    ['a nested block splits its parent', '<div>Before<p>Inside</p>After</div>', ['Before', 'Inside', 'After']],
    ['a line break stays a break', '<p>Alibaba<br>Cloud</p>', ['Alibaba\nCloud']],
    [
      'scripts, styles, forms and templates are skipped',
      '<p>a</p><script>Alibaba</script><style>.x{}</style><textarea>Alipay</textarea><select><option>Taobao</option></select><template><p>Tmall</p></template><p>b</p>',
      ['a', 'b'],
    ],
    [
      'editable regions are skipped',
      '<div contenteditable="true">Alibaba</div><div contenteditable="false"><p>Alipay</p></div>',
      ['Alipay'],
    ],
    ['hidden elements are skipped', '<p hidden>Alibaba</p><p aria-hidden="true">Alipay</p><p>shown</p>', ['shown']],
    ['our own card is skipped', '<p>page</p><fact-lens-card><p>Alipay card</p></fact-lens-card>', ['page']],
    ['blank text between blocks is no block', '<p>a</p>\n   \n<p>b</p>', ['a', 'b']],
    ['white space between inline elements parts their words', '<p><b>Alibaba</b> <i>Cloud</i></p>', ['Alibaba Cloud']],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('maps block positions back to text nodes', () => {
    const [block] = blocksOf('<p><b>Alibaba</b> Cloud</p>');
    if (!block) throw new Error('no block');
    const start = locate(block, 0);
    const end = locate(block, 'Alibaba Cloud'.length, true);
    expect([start?.node.data, start?.offset, end?.node.data, end?.offset]).toEqual(['Alibaba', 0, ' Cloud', 6]);
    // An end exactly between two nodes belongs to the first.
    expect(locate(block, 7, true)).toMatchObject({ node: { data: 'Alibaba' }, offset: 7 });
  });
});

describe('mentionsInBlock', () => {
  const matcher = compileMatcher(CATALOG);
  it('finds a name split across inline elements', () => {
    const [block] = blocksOf('<p>Shares of <b>Alibaba</b> Cloud rose.</p>');
    if (!block) throw new Error('no block');
    const [m] = mentionsInBlock(block, matcher, new Set());
    expect(m).toMatchObject({
      entityId: 'alibaba-cloud',
      text: 'Alibaba Cloud',
      start: { node: { data: 'Alibaba' }, offset: 0 },
      end: { node: { data: ' Cloud rose.' }, offset: 6 },
    });
  });

  it('lets a surname count once the page has named the person in full', () => {
    const [first, second] = blocksOf('<p>Michael Evans spoke.</p><p>Evans said more.</p>');
    const named = new Set<string>();
    if (!first || !second) throw new Error('no blocks');
    expect(mentionsInBlock(second, matcher, new Set()).map((m) => m.text)).toEqual([]);
    mentionsInBlock(first, matcher, named);
    expect(mentionsInBlock(second, matcher, named).map((m) => m.text)).toEqual(['Evans']);
  });
});

describe('isInsideSkipped', () => {
  const { document } = parseHTML(
    '<!doctype html><html><body><div contenteditable="true"><p id="a">Alipay</p></div><div aria-hidden="true"><span id="b">x</span></div><p id="c">Alibaba <b id="d">Cloud</b></p><fact-lens-card id="e"><p id="f">card</p></fact-lens-card></body></html>',
  );
  const byId = (id: string) => document.getElementById(id) as Element;
  it.each([
    ['a paragraph inside an editor', 'a', true],
    ['text under aria-hidden', 'b', true],
    ['an ordinary paragraph', 'c', false],
    ['an inline element of one', 'd', false],
    ['our own card', 'f', true],
  ])('%s', (_name, id, skipped) => {
    expect(isInsideSkipped(byId(id), isOurs)).toBe(skipped);
    expect(isInsideSkipped(byId(id).firstChild as Node, isOurs)).toBe(skipped);
  });
});
