import { describe, expect, it } from 'vitest';
import { TEST_ARTICLE, testFactBase } from '../qa/test-engine';
import { buildCard, CARD_FACTS } from './build-card';

const QUOTE_START = TEST_ARTICLE.indexOf('Alipay, the payments platform');
const url = (id: string, q: { start: number; end: number }) => `ext://article.html?q=${q.start}-${q.end}#${id}`;

describe('buildCard', () => {
  it('shows who the entity is and its facts, numbers and dates first, each cited', () => {
    const card = buildCard(testFactBase, 'alipay', url);
    expect(card?.entity).toEqual({
      id: 'alipay',
      name: 'Alipay',
      kind: 'affiliate',
      relation: 'Alipay (test entity)',
      otherNames: ['支付宝'],
    });
    expect(card?.facts.map((f) => f.text)).toEqual([
      'users: more than 450 million users',
      'launched: 2004',
      'merchants: 8 million merchants',
      'run by: Ant Financial',
    ]);
    expect(card?.facts[0]?.citation).toEqual({
      publisher: 'Test Post',
      publishedAt: '2017-03-06T09:00:00',
      paragraph: 3,
      url: `ext://article.html?q=${QUOTE_START}-${QUOTE_START + 84}#test-article-p3`,
    });
    expect(card?.facts[0]?.quote).toBe(
      'Alipay, the payments platform run by Ant Financial, has more than 450 million users.',
    );
  });

  it('includes facts where the entity is the other party', () => {
    expect(buildCard(testFactBase, 'lazada', url)?.facts.map((f) => f.text)).toContain(
      'Alibaba Group — investment: US$1 billion (2016)',
    );
  });

  it('never shows more than five facts', () => {
    expect(buildCard(testFactBase, 'alibaba-group', url)?.facts.length).toBeLessThanOrEqual(CARD_FACTS);
  });

  it('says when the sources cover an entity not at all, and knows no entity outside the catalog', () => {
    expect(buildCard(testFactBase, 'freshippo', url)).toMatchObject({ covered: false, facts: [] });
    expect(buildCard(testFactBase, 'nobody', url)).toBeUndefined();
  });
});
