import type { Comparator } from '../factbase/schema';

/** A closed or half-open range of values; `Infinity` where unbounded. */
export interface Interval {
  low: number;
  high: number;
}

/** "about" and "some" leave ±10% either way; "nearly" up to 10% below. */
const ABOUT = 0.1;

/**
 * The values a stated number allows, widened by the precision it was written with: "$25 billion"
 * (to the billion) allows 24.5–25.5 billion, so 25.3 billion fits; "more than 520 million" allows
 * anything above 520 million; "about 300 million" allows 270–330 million.
 */
export function intervalOf(value: { amount: number; comparator: Comparator; precision: number }): Interval {
  const { amount, comparator } = value;
  const half = value.precision / 2;
  switch (comparator) {
    case 'more-than':
      return { low: amount, high: Number.POSITIVE_INFINITY };
    case 'at-least':
      return { low: amount - half, high: Number.POSITIVE_INFINITY };
    case 'less-than':
      return { low: Number.NEGATIVE_INFINITY, high: amount };
    case 'up-to':
      return { low: Number.NEGATIVE_INFINITY, high: amount + half };
    // "about" already says how loose the number is: the written precision adds nothing.
    case 'about':
      return { low: amount * (1 - ABOUT), high: amount * (1 + ABOUT) };
    case 'nearly':
      return { low: amount * (1 - ABOUT), high: amount };
    default:
      return { low: amount - half, high: amount + half };
  }
}

/** Whether every value of `inner` is also in `outer`. */
export function within(inner: Interval, outer: Interval): boolean {
  return inner.low >= outer.low && inner.high <= outer.high;
}

/** Whether the two ranges share no value. */
export function disjoint(a: Interval, b: Interval): boolean {
  return a.high < b.low || b.high < a.low;
}
