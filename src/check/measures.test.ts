import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { compileMatcher } from '../spot/match-aliases';
import { NEWS_CATALOG } from '../test/news-catalog';
import { checkClaims } from './check-claims';

// An article published on 12 November 2017, in the words of wire and blog stories.
const TEXT = [
  'Ant Group’s record $34.4bn IPO pulled',
  'PUBLISHED : Sunday, 12 November, 2017, 4:18pm',
  'Ant Group’s listing was on course to be the largest initial public offering at US$34.4 billion.',
  'Lazada ran its Singles’ Day sale across six markets.',
  'Daniel Zhang launched Singles’ Day in 2009 with 27 merchants.',
  'Alibaba shares fell 8.1 per cent on Tuesday.',
  'Ant Group employs more than 16,000 people.',
  'Alipay handled 118 trillion yuan of payments in the 12 months to June 30.',
  'Alipay held 55 per cent of China’s mobile payments market.',
  'Cainiao handled 1.29 billion delivery orders on the day.',
].join('\n\n');
const factBase = buildFactBase([{ id: 'news', text: `${TEXT}\n` }], NEWS_CATALOG);
const check = (sentence: string) => checkClaims([sentence], factBase, compileMatcher(NEWS_CATALOG));

describe('what a claim measures, in other words', () => {
  const cases: [string, string | null, number?][] = [
    // sentence, verdict (null: no claim), the article's paragraph that decides it
    ['Lazada’s sale covered ten countries.', 'contradicted', 4], // a company's markets are countries
    ['Lazada’s sale ran across six markets.', 'supported', 4],
    ['Singles’ Day was first held in 2009.', 'supported', 5], // the date of what Zhang launched
    ['Singles’ Day was launched in 2012.', 'contradicted', 5],
    ['Order creation on Singles’ Day peaked in 2016.', null], // "creation" is no beginning
    ['Jack Ma launched Singles’ Day in 2008.', null], // another founder: not the fact's
    ['Alibaba shares sank 15 per cent.', 'contradicted', 6],
    ['Alibaba shares rose 8.1 per cent.', null], // a rise is no decline
    ['Ant Group employs more than 15,000 people.', 'supported', 7],
    ['Ant Group has more than 15,000 users.', null], // its staff are not its users
    ['Alipay handled 118 trillion yuan of payments in 2017.', 'unverifiable'], // another span of time
    ['Alipay handled 118 trillion yuan of payments in the 12 months to June 30, 2017.', 'supported', 8],
    ['Alipay holds about 30 per cent of China’s mobile payments market.', 'contradicted', 9], // a share, unsaid
    ['Cainiao handled 800 million delivery orders during Singles’ Day 2017.', 'contradicted', 10], // the event is context
    ['Ant Group’s IPO would have raised about $34bn.', 'supported', 3], // the body, not the headline, is cited
    ['Ant Group was valued at more than $300 billion ahead of its listing.', null], // its worth, not the sum raised
  ];
  it.each(cases)('%s', (sentence, verdict, paragraph) => {
    const claims = check(sentence);
    expect(claims.map((c) => c.verdict)).toEqual(verdict ? [verdict] : []);
    if (paragraph) expect(claims[0]?.fact.paragraph).toBe(paragraph);
  });
});

describe('a share said as a ratio', () => {
  const base = buildFactBase(
    [
      {
        id: 'alipay',
        text: 'Alipay users tune in\n\nPUBLISHED : Tuesday, 10 November, 2020, 9:00am\n\nAbout 30 per cent of Alipay’s monthly users watch a livestream, the company said.\n',
      },
    ],
    NEWS_CATALOG,
  );
  const verdict = (sentence: string) =>
    checkClaims([sentence], base, compileMatcher(NEWS_CATALOG)).map((c) => c.verdict);

  it('is checked as the percentage it is', () => {
    expect(verdict('Roughly three in ten of Alipay’s monthly users watch livestreams.')).toEqual(['supported']);
    expect(verdict('One in ten of Alipay’s monthly users watch livestreams.')).toEqual(['contradicted']);
  });
});
