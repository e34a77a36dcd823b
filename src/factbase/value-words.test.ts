import { describe, expect, it } from 'vitest';
import { FALL, RISE } from './value-words';

describe('RISE and FALL', () => {
  const cases: [string, 'rise' | 'fall' | 'neither'][] = [
    // sentence, which way it says a figure moved
    ['Revenue rose 3% to 25.6 billion yuan.', 'rise'],
    ['Shares were up 6.6% on the day.', 'rise'],
    ['Prices were cut by as much as 55%.', 'fall'],
    // "Up to" after "by" is a cap, not a rise; "make up" is a share.
    ['Ant offered to buy back up to 7.6% of its shares.', 'neither'],
    ['Online orders make up 70% of sales.', 'neither'],
    ['Alibaba Cloud cut the prices of its products by up to 45%.', 'fall'],
  ];
  it.each(cases)('%s → %s', (sentence, expected) => {
    const rise = RISE.test(sentence);
    const fall = FALL.test(sentence);
    expect(rise && !fall ? 'rise' : fall && !rise ? 'fall' : rise ? 'both' : 'neither').toBe(expected);
  });
});
