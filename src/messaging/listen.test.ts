import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { CATALOG } from '../test/catalog';
import { request } from './client';
import { createHandlers, type Sender } from './handlers';
import { handle } from './listen';
import type { Answer } from './protocol';

const factBase = buildFactBase(
  [{ id: 'test', text: 'A title\n\nAlipay has more than 520 million users.\n', publisher: 'Test Post' }],
  CATALOG,
);
const ANSWER: Answer = {
  question: '',
  answer: 'more than 520 million',
  quote: 'Alipay has more than 520 million users.',
  quoteSpan: { start: 9, end: 48 },
  evidence: { start: 20, end: 41, text: 'more than 520 million' },
  passage: { id: 'test-p2', index: 2, text: 'Alipay has more than 520 million users.' },
  source: { id: 'test', title: 'A title', publisher: 'Test Post' },
  confidence: 0.9,
  related: [],
};
const injected: Sender[] = [];
const opened: string[] = [];
const badges: [number, string][] = [];
const handlers = createHandlers(factBase, {
  articleUrl: (id) => `ext://article.html#${id}`,
  injectCard: async (sender) => {
    injected.push(sender);
  },
  openTab: async (url) => {
    opened.push(url);
  },
  qa: () => ({ answer: (q) => ({ ...ANSWER, question: q }), suggest: (t) => [`${t}?`] }),
  setBadge: async (tabId, text) => {
    badges.push([tabId, text]);
  },
});

describe('message protocol', () => {
  it('answers a valid request', async () => {
    expect(await handle({ type: 'factbase/summary' }, handlers)).toEqual({
      ok: true,
      value: {
        sources: [{ id: 'test', title: 'A title', publisher: 'Test Post' }],
        entities: CATALOG.length,
        coveredEntities: 1,
        passages: 2,
        facts: 1,
      },
    });
  });

  it('builds a card with cited facts, and says when an entity is not covered', async () => {
    expect(await handle({ type: 'card/get', entityId: 'alipay' }, handlers)).toMatchObject({
      ok: true,
      value: {
        entity: { id: 'alipay', name: 'Alipay', kind: 'affiliate' },
        covered: true,
        facts: [
          {
            text: 'users: more than 520 million users',
            quote: 'Alipay has more than 520 million users.',
            citation: { publisher: 'Test Post', paragraph: 2, url: 'ext://article.html#test-p2' },
          },
        ],
      },
    });
    expect(await handle({ type: 'card/get', entityId: 'lazada' }, handlers)).toMatchObject({
      ok: true,
      value: { covered: false, facts: [] },
    });
    expect(await handle({ type: 'card/get', entityId: 'nobody' }, handlers)).toEqual({
      ok: false,
      error: 'No entity "nobody" in the catalog',
    });
  });

  it('loads the card script only into the tab and frame that asked', async () => {
    expect(await handle({ type: 'card/load' }, handlers, { tab: { id: 7 }, frameId: 2 })).toEqual({
      ok: true,
      value: null,
    });
    expect(injected).toEqual([{ tab: { id: 7 }, frameId: 2 }]);
    expect(await handle({ type: 'card/load' }, handlers, {})).toEqual({
      ok: false,
      error: 'card/load comes only from a tab',
    });
  });

  it('answers questions and suggests through the answer engine', async () => {
    expect(await handle({ type: 'qa/ask', question: 'Alipay users?' }, handlers)).toEqual({
      ok: true,
      value: { ...ANSWER, question: 'Alipay users?' },
    });
    expect(await handle({ type: 'qa/suggest', text: 'alip' }, handlers)).toEqual({
      ok: true,
      value: { suggestions: ['alip?'] },
    });
    expect(await handle({ type: 'qa/ask', question: '' }, handlers)).toMatchObject({ ok: false });
    expect(await handle({ type: 'qa/ask', question: 'x'.repeat(501) }, handlers)).toMatchObject({ ok: false });
  });

  it('checks the claims of page blocks, placed in their block and cited', async () => {
    const texts = ['Nothing to check here.', 'Intro. Alipay has about 300 million users. More.'];
    const response = await handle({ type: 'check/claims', texts }, handlers);
    expect(response).toMatchObject({
      ok: true,
      value: {
        claims: [
          {
            block: 1,
            verdict: 'contradicted',
            entity: 'Alipay',
            value: 'about 300 million users',
            quote: 'Alipay has more than 520 million users.',
            paragraph: 2,
            publisher: 'Test Post',
          },
        ],
      },
    });
    const [claim] = (response as { value: { claims: { start: number; end: number }[] } }).value.claims;
    expect(claim && texts[1]?.slice(claim.start, claim.end)).toBe('about 300 million users');
    expect(await handle({ type: 'check/claims', texts: [] }, handlers)).toMatchObject({ ok: false });
    expect(await handle({ type: 'check/claims', texts: ['x'.repeat(20_001)] }, handlers)).toMatchObject({ ok: false });
  });

  it('sets the badge of the top frame’s tab to its contradicted claims', async () => {
    expect(await handle({ type: 'page/claims', contradicted: 2 }, handlers, { tab: { id: 3 }, frameId: 0 })).toEqual({
      ok: true,
      value: null,
    });
    await handle({ type: 'page/claims', contradicted: 5 }, handlers, { tab: { id: 3 }, frameId: 4 });
    await handle({ type: 'page/claims', contradicted: 0 }, handlers, { tab: { id: 4 }, frameId: 0 });
    expect(badges).toEqual([
      [3, '2'],
      [4, ''],
    ]);
    expect(await handle({ type: 'page/claims', contradicted: -1 }, handlers, { tab: { id: 3 } })).toMatchObject({
      ok: false,
    });
    expect(await handle({ type: 'page/claims', contradicted: 1 }, handlers, {})).toMatchObject({ ok: false });
  });

  it('opens the article at a passage that exists', async () => {
    expect(await handle({ type: 'article/open', passageId: 'test-p2' }, handlers)).toEqual({ ok: true, value: null });
    expect(opened).toEqual(['ext://article.html#test-p2']);
    expect(await handle({ type: 'article/open', passageId: 'test-p9' }, handlers)).toEqual({
      ok: false,
      error: 'No passage "test-p9"',
    });
  });

  const invalid: [string, unknown, string][] = [
    ['a passage id that is no id', { type: 'article/open', passageId: '../../etc' }, 'passageId'],
    ['an unknown type', { type: 'factbase/drop' }, 'Invalid request'],
    ['extra fields', { type: 'factbase/summary', evil: true }, 'evil'],
    ['a card without an entity', { type: 'card/get' }, 'entityId'],
    ['a card for an absurd id', { type: 'card/get', entityId: 'x'.repeat(200) }, 'entityId'],
    ['not an object', 'factbase/summary', 'Invalid request'],
    ['nothing', undefined, 'Invalid request'],
  ];
  it.each(invalid)('rejects %s with a failure value', async (_name, message, words) => {
    const answer = (await handle(message, handlers)) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toContain(words);
  });

  it('turns a malformed or missing response into a failure on the client side', async () => {
    expect(
      await request(async () => ({ ok: true, value: { facts: 'many' } }), { type: 'factbase/summary' }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining('Invalid response'),
    });
    const broken = async () => {
      throw new Error('Receiving end does not exist.');
    };
    expect(await request(broken, { type: 'factbase/summary' })).toEqual({
      ok: false,
      error: 'No answer from the background: Error: Receiving end does not exist.',
    });
  });
});
