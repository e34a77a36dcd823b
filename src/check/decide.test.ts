import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { loadCatalog } from '../node/load-data';
import { compileMatcher } from '../spot/match-aliases';
import { checkClaims } from './check-claims';

// An article published on 12 November 2017 with the figures that misled the checker on unseen
// stories: a quarter's revenue, a market share in one market, a dated investment, a yearly count.
const TEXT = [
  'Alibaba results',
  'PUBLISHED : Sunday, 12 November, 2017, 4:18pm',
  'Alibaba’s revenue rose 61 per cent to 55.1 billion yuan in the quarter ended September 30.',
  'In the quarter, Alibaba Cloud’s revenue was 2.97 billion yuan.',
  'Alipay held 54 per cent of China’s third-party payments market in the second quarter.',
  'Alibaba invested US$1 billion in Lazada in June.',
  'AliExpress had 150 million annual active users, the company said.',
  'Alibaba employs 50,000 people.',
  'Tmall’s sales rose 40 per cent, the company said.',
  'Alibaba launched Tmall Global in February 2014 with about 100 overseas brands.',
  'Lazada hosts 3,000 brands, more than 80% of which were new to the region.',
  'Ant Group will transfer a 10.3% stake in Paytm to its founder.',
  'Alibaba Group holds a 33% stake in Ant Group.',
  'Alibaba Cloud posted a net loss of 2.1 billion yuan in the quarter.',
  'Ant Group hands 10.3% of Lazada to its founder, shrinking its stake.',
].join('\n\n');
const factBase = buildFactBase([{ id: 'results', text: `${TEXT}\n` }], loadCatalog());
const matcher = compileMatcher(factBase.entities);
const check = (sentence: string) => checkClaims([sentence], factBase, matcher);

describe('a verdict needs the fact the page speaks of', () => {
  const cases: [string, string, string][] = [
    // sentence, verdict of its value, the words of the reason that say why
    ['Alibaba’s revenue in the quarter ended September 30, 2017 was 40 billion yuan.', 'contradicted', 'rules out'],
    // A fiscal year's figure is not a quarter's, dated or not.
    [
      'Alibaba’s revenue for the fiscal year ended March 31, 2017 was 158 billion yuan.',
      'unverifiable',
      'another time',
    ],
    ['Alibaba Cloud’s annual revenue was 6.7 billion yuan.', 'unverifiable', 'another measure or span'],
    ['Alibaba Cloud’s revenue in the quarter was 5 billion yuan.', 'contradicted', 'rules out'],
    // A share of another market is another measure, whether it fits or not.
    ['Alipay holds 54 per cent of China’s mobile payments market.', 'unverifiable', 'another measure'],
    ['Alipay holds 30 per cent of China’s mobile payments market.', 'unverifiable', 'not be the figure'],
    ['Alipay holds 30 per cent of China’s third-party payments market.', 'contradicted', 'rules out'],
    // Another month's investment may be another investment (its date too); the same month's is this one.
    ['Alibaba invested US$2 billion in Lazada in March 2017.', 'unverifiable', 'another time'],
    ['Alibaba invested in Lazada in March 2017.', 'unverifiable', 'not be the figure'],
    ['Alibaba invested US$3 billion in Lazada in June 2017.', 'contradicted', 'rules out'],
    // Monthly active users are not annual active users; users in general include them.
    ['AliExpress has more than 100 million monthly active users.', 'unverifiable', 'another measure'],
    ['AliExpress has more than 100 million users.', 'supported', 'fits'],
    ['AliExpress has about 50 million annual active users.', 'contradicted', 'rules out'],
    // A count of no stated time is the story's: not the count of a month before.
    ['Alibaba employed 30,000 people in January 2017.', 'unverifiable', 'not be the figure'],
    ['Alibaba had 30,000 employees in 2017.', 'contradicted', 'rules out'],
    // A net loss is an amount, stated as it is: no fall need be said.
    ['Alibaba Cloud’s net loss in the quarter was about 5 billion yuan.', 'contradicted', 'rules out'],
    // …nor a count of a year before the page's now.
    ['AliExpress had about 50 million annual active users a year earlier.', 'unverifiable', 'another time'],
    // A change of no stated time is the story's news: the quarter it reports on, not one still running.
    ['Tmall’s sales rose 20 per cent in the quarter ended September 30, 2017.', 'contradicted', 'rules out'],
    ['Tmall’s sales rose 20 per cent in the quarter ended December 31, 2017.', 'unverifiable', 'another time'],
    // A count of years before the story is not what a page that gives no time speaks of…
    ['Tmall Global features over 20,000 overseas brands.', 'unverifiable', 'not be the figure'],
    // …though a page of that time may meet it.
    ['Tmall Global had about 100 overseas brands in February 2014.', 'supported', 'fits'],
  ];
  it.each(cases)('%s', (sentence, verdict, why) => {
    const [claim] = check(sentence);
    expect(claim?.verdict).toBe(verdict);
    expect(claim?.reason).toContain(why);
  });

  it('reads a share "of which" as a part of what was counted, no one’s stake', () => {
    expect(check('Alibaba will own about 20% of Lazada.')).toEqual([]);
  });

  it('reads "owns X% of" as a stake, and another holder’s stake as another figure', () => {
    expect(check('Alibaba owns about a third of Ant Group.')[0]?.verdict).toBe('supported');
    expect(check('Temasek still holds more than 5% of Lazada.')).toEqual([]);
  });

  it('meets a planned deal with one a page says was agreed', () => {
    const [claim] = check('Ant Group agreed to transfer a stake of just over 10% in Paytm.');
    expect(claim?.verdict).toBe('supported');
    expect(check('Ant Group transferred a stake of just over 10% in Paytm.')).toEqual([]);
  });

  it('cites the nearest fact when nothing decides', () => {
    const [claim] = check('AliExpress has more than 100 million monthly active users.');
    expect(claim?.fact.quote).toBe('AliExpress had 150 million annual active users, the company said.');
  });
});

describe('values stated as a range or against the direction', () => {
  const cases: [string, string][] = [
    ['Alibaba’s revenue rose between 50% and 70% in the quarter ended September 30, 2017.', 'supported'],
    ['Alibaba’s revenue rose between 55% and 60% in the quarter ended September 30, 2017.', 'unverifiable'],
    ['Alibaba’s revenue rose between 10% and 20% in the quarter ended September 30, 2017.', 'contradicted'],
    // A fall is no growth: the same figure stated the wrong way round.
    ['Alibaba’s revenue fell 61% in the quarter ended September 30, 2017.', 'contradicted'],
  ];
  it.each(cases)('%s', (sentence, verdict) => {
    expect(check(sentence).map((c) => c.verdict)).toEqual([verdict]);
  });
});
