import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { loadBundledArticles, loadCatalog } from '../node/load-data';
import { compileMatcher } from '../spot/match-aliases';
import { checkClaims } from './check-claims';

const factBase = buildFactBase(loadBundledArticles(), loadCatalog());
const matcher = compileMatcher(factBase.entities);
const check = (sentence: string) => checkClaims([sentence], factBase, matcher);

describe('checkClaims', () => {
  const cases: [string, string, string | null][] = [
    // sentence, the claimed words, verdict (null: no claim)
    ['Alipay has more than 500 million users.', 'more than 500 million users', 'supported'],
    ['Alipay has about 300 million users.', 'about 300 million users', 'contradicted'],
    ['Alipay has more than 700 million users.', 'more than 700 million users', 'unverifiable'],
    ['Alibaba Cloud runs 20 data centres.', '20 data centres', 'contradicted'],
    ['Aliyun operates 15 data centres worldwide.', '15 data centres', 'supported'],
    ['Alipay was launched in 2004.', '2004', 'supported'],
    ['Alipay was launched in 2008.', '2008', 'contradicted'],
    ['In 2021, Alipay had 1.3 billion users.', '1.3 billion users', 'unverifiable'], // another year
    ['Singles’ Day sales hit $25 billion in 2017.', '$25 billion', 'supported'], // within the stated precision
    ['Alibaba Cloud posted revenue of US$447 million.', 'US$447 million', 'supported'], // the source gives both currencies
    ['Alibaba Cloud posted revenue of US$600 million.', 'US$600 million', 'contradicted'],
    ['Alipay is popular in China.', '', null], // no value
    ['Alibaba Cloud has 5,000 employees.', '', null], // nothing the source measures
    ['AliExpress has more than 520 million users.', '', null], // the source gives AliExpress no user count
  ];
  it.each(cases)('%s', (sentence, words, verdict) => {
    const claims = check(sentence);
    if (verdict === null) {
      expect(claims).toEqual([]);
      return;
    }
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim && sentence.slice(claim.start, claim.end)).toBe(words);
    expect(claim?.verdict).toBe(verdict);
  });

  it('says why, and quotes the deciding sentence of the article verbatim', () => {
    const [claim] = check('Alipay has about 300 million users.');
    expect(claim?.reason).toBe(
      'The article says more than 520 million users, which rules out “about 300 million users”.',
    );
    expect(claim?.fact).toMatchObject({ passageId: 'scmp-2017-11-12-alibaba-singles-day-p17', paragraph: 17 });
    const text = factBase.sources[0]?.text ?? '';
    expect(claim && text.slice(claim.fact.start, claim.fact.end)).toBe(claim?.fact.quote);
  });

  it('keeps each claim with its own sentence', () => {
    const claims = checkClaims(
      ['Nothing here.', 'Alipay has about 300 million users.', 'Alipay was launched in 2004.'],
      factBase,
      matcher,
    );
    expect(claims.map((c) => [c.sentence, c.verdict])).toEqual([
      [1, 'contradicted'],
      [2, 'supported'],
    ]);
  });
});

describe('checkClaims on other wordings', () => {
  const cases: [string, string | null][] = [
    ['Double 11 transactions topped $20 billion in 2017.', 'supported'], // a verb as the comparator
    ['Alibaba Cloud runs more than a dozen data centres.', 'supported'], // a word number
    ['Alipay has more than half a billion users.', 'supported'],
    ['Ant Financial merged with helloPay in June 2017.', 'contradicted'], // the date of a relation
    ['Alibaba invested US$177 million in Paytm Mall.', 'supported'], // not the Lazada investment
    ['Alibaba Cloud revenue grew 90% in the quarter ended September 30, 2018.', 'unverifiable'], // another period
    ['In 2016, 10,000 international brands took part in Singles’ Day.', 'supported'], // the fact of that year
    ['Around 100,000 brands took part in Singles’ Day.', 'contradicted'], // neither total nor international fits
  ];
  it.each(cases)('%s', (sentence, verdict) => {
    expect(check(sentence).map((c) => c.verdict)).toEqual(verdict ? [verdict] : []);
  });
});
