import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { loadCatalog } from '../node/load-data';
import { compileMatcher } from '../spot/match-aliases';
import { checkClaims } from './check-claims';

// An article published on 12 July 2021 with the figures that drew false "contradicted" verdicts on
// unseen stories (a share of sales against a growth rate, a count of August against "the end of the
// year", one tranche's demand against another's) and the ones the checker could not yet meet.
const TEXT = [
  'Freshippo expands',
  'PUBLISHED : Monday, 12 July, 2021, 8:00am',
  'Freshippo plans to open about 100 new stores this year.',
  'The chain operated 311 stores in 27 cities at the end of June, president Hou Yi said.',
  'Freshippo now has supermarkets in 27 cities.',
  'Hema X, a membership warehouse of Freshippo, first opened in Shanghai last October.',
  'Freshippo’s gross merchandise volume rose about 40 per cent in the financial year.',
  'DingTalk had 200 million registered users in August 2020.',
  'Alibaba shares fell 8 per cent on Monday.',
  'The retail tranche of Alibaba’s Hong Kong offering was oversubscribed more than 40 times.',
  'Alibaba’s Hong Kong listing raised HK$88 billion.',
  'Ant Group planned to sell 1.67 billion shares in each market, raising roughly US$17.2 billion in each city.',
];
/** The checker over a story of these paragraphs (headline and dateline first). */
function checkerOver(paragraphs: readonly string[]) {
  const base = buildFactBase([{ id: 'story', text: `${paragraphs.join('\n\n')}\n` }], loadCatalog());
  const matcher = compileMatcher(base.entities);
  return (sentence: string) => checkClaims([sentence], base, matcher);
}

const check = checkerOver(TEXT);

describe('a figure is ruled out only by one that measures the same thing', () => {
  const cases: [string, string[], string?][] = [
    // sentence, verdicts of its values, the start of the deciding quote
    // A share of sales is no growth rate, and "make up" says no rise.
    ['Online orders make up between 70 and 80 per cent of Freshippo’s sales.', []],
    ['Freshippo’s gross merchandise volume rose 70 per cent.', ['contradicted'], 'Freshippo’s gross'],
    // "Cracked down" says no fall: the shares' decline is not this rise.
    ['Alibaba shares rose 8 per cent after regulators cracked down.', []],
    // The institutional tranche is not the retail one.
    ['Institutional investors oversubscribed Alibaba’s Hong Kong offering 20 times.', ['unverifiable']],
    ['The retail tranche of Alibaba’s Hong Kong offering was oversubscribed 20 times.', ['contradicted'], 'The retail'],
    // One city's share of an offering is not the whole offering's.
    ['Ant Group’s IPO was set to raise $20 billion.', []],
    ['Ant Group raised roughly US$17.2 billion in each city.', ['supported'], 'Ant Group planned'],
    // A listing's funding is what it "raised".
    ['Alibaba raised HK$80 billion from its Hong Kong listing.', ['contradicted'], 'Alibaba’s Hong Kong'],
  ];
  it.each(cases)('%s', (sentence, verdicts, quote) => {
    const claims = check(sentence);
    expect(claims.map((c) => c.verdict)).toEqual(verdicts);
    if (quote) expect(claims[0]?.fact.quote.startsWith(quote)).toBe(true);
  });
});

describe('a count is the page’s only for the page’s time', () => {
  const cases: [string, string[], string?][] = [
    // A count of August does not rule out one "at the end of" the year: counts move.
    ['DingTalk had 100 million registered users at the end of 2020.', ['unverifiable']],
    ['DingTalk had 100 million registered users in August 2020.', ['contradicted'], 'DingTalk had'],
    // Rounded counts that only touch (250 million) are apart.
    ['DingTalk had 300 million registered users in August 2020.', ['contradicted'], 'DingTalk had'],
    // A count of a month just ended and one of no stated time are both the story's now; the body's is cited.
    ['Freshippo operates supermarkets in 35 cities.', ['contradicted'], 'The chain operated'],
    // What is added is counted apart from the total, and a plan's date is not when something opened.
    ['Freshippo will open about 100 new stores in 2021.', ['supported'], 'Freshippo plans'],
    ['Freshippo plans to launch about 300 new stores this year.', ['contradicted'], 'Freshippo plans'],
    ['Freshippo has about 100 stores.', ['contradicted'], 'The chain operated'],
  ];
  it.each(cases)('%s', (sentence, verdicts, quote) => {
    const claims = check(sentence);
    expect(claims.map((c) => c.verdict)).toEqual(verdicts);
    if (quote) expect(claims[0]?.fact.quote.startsWith(quote)).toBe(true);
  });
});

describe('a unit the page describes is met by its own facts before its owner’s', () => {
  const unitCheck = checkerOver([
    'Alibaba results',
    'PUBLISHED : Friday, 1 November, 2019, 8:00am',
    'Alibaba’s overall revenue rose 40 per cent to 119 billion yuan in the quarter ended September 30.',
    'Alibaba Group Holding’s local services business narrowed its losses in the quarter.',
    'Revenue from the unit rose 22 per cent to 7.05 billion yuan in the quarter ended September 30.',
  ]);
  it.each([
    ['Revenue at Alibaba’s local services business grew more than 20 per cent in the quarter.', 'supported'],
    ['Revenue at Alibaba’s local services business grew 35 per cent in the quarter.', 'contradicted'],
  ])('%s → %s, citing the unit', (sentence, verdict) => {
    const [claim] = unitCheck(sentence);
    expect(claim?.verdict).toBe(verdict);
    expect(claim?.fact?.quote.startsWith('Revenue from the unit')).toBe(true);
  });
});

describe('a page that says "now" means the story’s now', () => {
  const nowCheck = checkerOver([
    'Trendyol grows',
    'PUBLISHED : Thursday, 10 June, 2021, 3:05pm',
    'Trendyol says it now has more than 100,000 sellers.',
    'When Alibaba bought in three years ago, Trendyol had fewer than 20,000 sellers.',
  ]);
  it.each([
    // The count of three years ago is not today's, whichever way it falls.
    ['Around 50,000 sellers currently trade on Trendyol.', 'contradicted', 'Trendyol says'],
    ['Trendyol currently has 15,000 sellers.', 'contradicted', 'Trendyol says'],
    // Without "now", either count could be the one meant.
    ['Around 50,000 sellers traded on Trendyol.', 'unverifiable', undefined],
  ])('%s → %s', (sentence, verdict, quote) => {
    const [claim] = nowCheck(sentence);
    expect(claim?.verdict).toBe(verdict);
    if (quote) expect(claim?.fact?.quote.startsWith(quote)).toBe(true);
  });
});

describe('a range and a cap are judged as the article writes them', () => {
  const rangeCheck = checkerOver([
    'Ranges and caps',
    'PUBLISHED : Saturday, 8 July, 2023, 9:40am',
    'Trendyol promises to bring groceries to customers in 10 to 30 minutes.',
    'Ant Group offered to buy back up to 7.6% of its shares.',
    'The funding round values Trendyol at about US$16.5 billion.',
    'Alibaba bought back shares under its buyback programme, which the board expanded by $15 billion to $40 billion.',
  ]);
  it.each([
    // "10 to 30 minutes" is a range: one that only overlaps it is neither confirmed nor ruled out.
    ['Trendyol brings groceries to customers in 20 to 45 minutes.', 'unverifiable'],
    ['Trendyol brings groceries to customers in 10 to 30 minutes.', 'supported'],
    // A cap is a figure: "up to 10%" is not the offer of "up to 7.6%".
    ['Ant Group offered to buy back up to 10% of its shares.', 'contradicted'],
    ['Ant Group offered to buy back up to 7.6% of its shares.', 'supported'],
    // "About 16.5 billion" is too loose to rule out 17 billion, but it means more than 16 billion.
    ['The round values Trendyol at more than US$16 billion.', 'supported'],
    ['The round values Trendyol at more than US$17 billion.', 'unverifiable'],
    ['The round values Trendyol at US$12 billion.', 'contradicted'],
    // "By $15 billion to $40 billion" is a change to a level, not a range of $15–40 billion…
    ['Alibaba’s board expanded the share buyback programme to $40 billion.', 'supported'],
    // …and the level it came to is no sum it moved by.
    ['Alibaba’s board expanded the share buyback programme to $50 billion.', 'contradicted'],
  ])('%s → %s', (sentence, verdict) => {
    expect(rangeCheck(sentence)[0]?.verdict).toBe(verdict);
  });
});

describe('a sum a change came to is not the change', () => {
  it('does not hold "to $40 billion" against "by $15 billion"', () => {
    const levelCheck = checkerOver([
      'Buyback',
      'PUBLISHED : Saturday, 8 July, 2023, 9:40am',
      'Alibaba’s board expanded its buyback programme by $15 billion to $40 billion.',
    ]);
    expect(levelCheck('Alibaba expanded its buyback programme to $40 billion.').map((c) => c.verdict)).toEqual([]);
  });
});
