import { buildFactBase } from '../factbase/build';
import { CATALOG, testCatalog } from '../test/catalog';
import { createAnswerEngine } from './answer-engine';

/** A short article in the shape of a news story, for tests that need no real data. */
export const TEST_ARTICLE = [
  'Alipay grows abroad',
  '',
  'PUBLISHED : Monday, 6 March, 2017, 9:00am',
  '',
  'Alipay, the payments platform run by Ant Financial, has more than 450 million users.',
  '',
  'Launched in 2004, Alipay now works with 8 million merchants in mainland China.',
  '',
  'Alibaba Cloud has 14 data centres, including facilities in Singapore, Dubai and Frankfurt.',
  '',
  'Last year, Singles’ Day generated US$17.8 billion in sales, up from US$14.3 billion in 2015.',
  '',
  'Lazada, in which Alibaba invested US$1 billion in 2016, operates in Singapore, Malaysia and Vietnam.',
  '',
  'Alibaba president Michael Evans said the company would keep investing in Southeast Asia.',
  '',
].join('\n');

export const testFactBase = buildFactBase(
  [{ id: 'test-article', text: TEST_ARTICLE, publisher: 'Test Post' }],
  CATALOG,
);

/** The engine over the test article, with a few ordinary words known. */
export const testEngine = createAnswerEngine(testFactBase, { commonWords: new Set(['time', 'size', 'many']) });

/**
 * A wire story that names its subject in full once and then as "Ant", "the company" and "it", with
 * figures for several places, times and firms side by side: for the mechanisms that read a new article.
 */
export const TEST_STORY = [
  'Ant Group delays its Hong Kong listing',
  '',
  'PUBLISHED : Thursday, 9 March, 2023, 8:00am',
  '',
  'Ant Group said on Wednesday that it would delay its listing in Hong Kong, which had been expected to raise about US$10 billion.',
  '',
  'The company is headquartered in Hangzhou and employs more than 12,000 people. Executive chairman Eric Jing said the delay was short.',
  '',
  'Ant had priced its shares at 50 yuan each in Shanghai and HK$60 each in Hong Kong. Some 2 million people applied for shares, while the Shanghai portion was 300 times oversubscribed.',
  '',
  'Lending is Ant’s biggest business. Its CreditTech arm brought in 20 billion yuan of revenue in the first half, up from 15 billion yuan last year.',
  '',
  'On Monday, the China Banking Regulatory Commission and the People’s Bank of China published draft rules for online lenders.',
  '',
  'Jack Ma, who co-founded Alibaba in 1999, compared state banks to “pawnshops” in a speech in Shanghai.',
  '',
  'The first order was filled 90 seconds after the open; in 2020 it took 2 hours and 5 minutes to fill the same order.',
  '',
  'Alipay now works with merchants in three markets (Singapore, Malaysia and Thailand). Rival JD Digits raised US$3 billion in its own listing last year.',
  '',
  'In the US, PayPal says it had 400 million accounts, and Stripe processed US$800 billion of payments in 2022.',
  '',
].join('\n');

export const testStoryBase = buildFactBase([{ id: 'test-story', text: TEST_STORY, publisher: 'Test Wire' }], CATALOG);

/** The engine over the wire story, with the ordinary English words its questions use. */
export const storyEngine = createAnswerEngine(testStoryBase, {
  commonWords: new Set(['branches', 'branch', 'people', 'demand', 'lending', 'rival', 'some', 'executive', 'take']),
});

/** The test catalog with the units a business story about a group's parts names. */
const UNITS_CATALOG = [
  ...CATALOG,
  ...testCatalog([
    { id: 'cainiao', name: 'Cainiao', kind: 'business-unit', aliases: ['Cainiao', 'Cainiao Network'] },
    { id: 'tmall', name: 'Tmall', kind: 'business-unit', aliases: ['Tmall'] },
    {
      id: 'alibaba-health',
      name: 'Alibaba Health',
      kind: 'business-unit',
      aliases: ['Alibaba Health', 'Alibaba Health Information Technology'],
    },
    { id: 'trendyol', name: 'Trendyol', kind: 'investee', aliases: ['Trendyol'] },
  ]),
];

/**
 * A business story in the words news uses rather than the question's: units led, run and headed by
 * people, sales for revenue, parts of a count, figures of other firms and of years gone by.
 */
export const TEST_NEWS = [
  'Alibaba reshapes its units',
  '',
  'PUBLISHED : Tuesday, 22 November, 2022, 8:00am',
  '',
  'Trudy Dai leads Tmall, Wan Lin runs Cainiao and Jiang Fan oversees Cloud Intelligence.',
  '',
  'Alibaba Health said revenue rose 18 per cent to 11.8 billion yuan in the six months to September 30. Net profit doubled to 262 million yuan.',
  '',
  'For the fiscal year ended March, the company reported revenue of 20.6 billion yuan but swung to a net loss of 283 million yuan.',
  '',
  'More than 250,000 brands took part in the festival, including 31,000 from overseas.',
  '',
  'The festival began in 2009 with 27 participating merchants.',
  '',
  'Alibaba’s shares fell 9.8 per cent on Wednesday, and Tencent and Meituan also slid.',
  '',
  'In 2018 Alibaba bought a controlling stake in Trendyol, Turkey’s biggest online retailer, for about US$728 million.',
  '',
  'Cainiao promises that parcels reach shoppers in Spain within five working days.',
  '',
  'Spain is Tmall’s strongest market abroad: the site drew about 17 million monthly visitors there.',
  '',
  'Michael Evans, the group’s president, told analysts the plan was sound.',
  '',
  'A shareholding overhaul in January cut Jack Ma’s voting rights in Ant Group from more than 50% to about 6.2%.',
  '',
  'Four years ago Trendyol had about 1,500 employees. Trendyol now employs about 6,500 people.',
  '',
  'Trendyol’s latest funding round was led by General Atlantic and SoftBank Vision Fund 2.',
  '',
].join('\n');

export const testNewsBase = buildFactBase(
  [{ id: 'test-news', text: TEST_NEWS, publisher: 'Test Post' }],
  UNITS_CATALOG,
);

/** The engine over the business story. */
export const newsEngine = createAnswerEngine(testNewsBase, {
  commonWords: new Set(['people', 'boss', 'foreign', 'big', 'quickly', 'retailer']),
});
