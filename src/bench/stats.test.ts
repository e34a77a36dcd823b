import { describe, expect, it } from 'vitest';
import { percentile } from '../qa/evaluate';
import { spreadOf, warmLatencies } from './stats';

describe('percentile', () => {
  it.each([
    // Nearest rank: the 50th of ten values is the 5th smallest, the 90th the 9th, the 95th the 10th.
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 50, 5],
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 90, 9],
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 95, 10],
    // One value is every percentile of itself.
    [[42], 50, 42],
    [[42], 95, 42],
    // No values: zero rather than undefined, so tables always have a number.
    [[], 50, 0],
    // p0 is the smallest value, not an index before the first.
    [[3, 1, 2], 0, 1],
  ])('of %j at p%i is %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('spreadOf', () => {
  it('gives count, percentiles, max and total', () => {
    expect(spreadOf([4, 1, 3, 2])).toEqual({ count: 4, p50: 2, p90: 4, p95: 4, max: 4, total: 10 });
  });

  it('is all zero for no values', () => {
    expect(spreadOf([])).toEqual({ count: 0, p50: 0, p90: 0, p95: 0, max: 0, total: 0 });
  });
});

describe('warmLatencies', () => {
  it('runs every query once untimed, then times each until its tries are used', () => {
    const seen: string[] = [];
    const times = warmLatencies(['a', 'b'], (q) => seen.push(q), { tries: 3, budgetMs: 1000 });
    expect(seen).toEqual(['a', 'b', 'a', 'a', 'a', 'b', 'b', 'b']);
    expect(times).toHaveLength(2);
  });

  it('stops timing a query once its budget is spent', () => {
    const seen: string[] = [];
    // A budget of 0 ms is spent by the first timing: one timed run a query.
    warmLatencies(['a', 'b'], (q) => seen.push(q), { tries: 5, budgetMs: 0 });
    expect(seen).toEqual(['a', 'b', 'a', 'b']);
  });
});
