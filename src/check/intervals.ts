import { type CalendarDate, calendarOf } from '../factbase/dates';
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

/**
 * Whether two ranges of stated numbers share no value. A rounded number's range is open at the top
 * ("500 million" is 450 up to but not 550 million, which rounds to 600 million), so ranges that
 * only touch are apart; days, unlike numbers, are whole (see `disjoint`).
 */
export function apart(a: Interval, b: Interval): boolean {
  return a.high <= b.low || b.high <= a.low;
}

/** A date as a sortable day number: 2017-04-05 → 20170405. */
const dayKey = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;

/** A date written YYYY, YYYY-MM or YYYY-MM-DD (to another, for a period) as the days it covers. */
export function isoRange(from: string, to = from): Interval {
  return timeRange({ from: calendarOf(from), to: calendarOf(to) });
}

/** The days a time expression covers ("2017", "April 2017", "the quarter ended 31 December 2017"). */
export function timeRange(t: { from: CalendarDate; to?: CalendarDate }): Interval {
  const { from, to = from } = t;
  return {
    low: dayKey(from.year, from.month ?? 1, from.day ?? 1),
    high: dayKey(to.year, to.month ?? 12, to.day ?? 31),
  };
}

/** How many days apart two day numbers of `isoRange` or `timeRange` are. */
export function daysBetween(a: number, b: number): number {
  const date = (key: number) => Date.UTC(Math.floor(key / 10000), (Math.floor(key / 100) % 100) - 1, key % 100);
  return Math.abs(date(a) - date(b)) / 86_400_000;
}
