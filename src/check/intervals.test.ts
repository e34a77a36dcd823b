import { describe, expect, it } from 'vitest';
import { findValues } from '../factbase/values';
import { disjoint, intervalOf, within } from './intervals';

const interval = (text: string) => {
  const [v] = findValues(text);
  if (!v) throw new Error(`no value in ${text}`);
  return intervalOf(v);
};

describe('intervalOf', () => {
  const cases: [string, number, number][] = [
    ['US$25 billion', 24.5e9, 25.5e9], // written to the billion
    ['US$25.3 billion', 25.25e9, 25.35e9],
    ['more than 520 million', 520e6, Number.POSITIVE_INFINITY],
    ['at least 10 million', 5e6, Number.POSITIVE_INFINITY],
    ['about 300 million', 270e6, 330e6],
    ['nearly 3 billion', 2.7e9, 3e9],
    ['up to $12.9bn', Number.NEGATIVE_INFINITY, 12.95e9],
    ['15', 14.5, 15.5],
  ];
  it.each(cases)('%s → %d…%d', (text, low, high) => {
    const i = interval(text);
    expect(i.low).toBeCloseTo(low, -3);
    expect(i.high).toBeCloseTo(high, -3);
  });

  it('compares ranges', () => {
    expect(within(interval('more than 520 million'), interval('more than 500 million'))).toBe(true);
    expect(within(interval('US$25.3 billion'), interval('US$25 billion'))).toBe(true);
    expect(disjoint(interval('more than 520 million'), interval('about 300 million'))).toBe(true);
    expect(disjoint(interval('more than 520 million'), interval('more than 700 million'))).toBe(false);
    expect(within(interval('more than 520 million'), interval('more than 700 million'))).toBe(false);
  });
});
