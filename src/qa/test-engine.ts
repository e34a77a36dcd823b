import { buildFactBase } from '../factbase/build';
import { CATALOG } from '../test/catalog';
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
