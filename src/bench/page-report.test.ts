import { describe, expect, it } from 'vitest';
import type { PageResult } from './page-bench';
import { corpusFigures } from './page-report';

const lens = (ms: number, longestTaskMs: number, mentions: number) => ({
  ms,
  scriptMs: ms,
  tasks: 1,
  longestTaskMs,
  longestTaskCpuMs: longestTaskMs,
  mentions,
  claims: 0,
});
const mark = (ms: number, mentions: number) => ({ ms, withLayoutMs: ms, mentions });

const results: PageResult[] = [
  { page: 'a.html', lens: lens(10, 8, 2), mark: mark(300, 2), errors: [] },
  { page: 'b.html', lens: lens(40, 60, 0), mark: mark(400, 1), errors: [] },
  { page: 'c.html', mark: mark(999, 0), errors: ['Fact Lens: timed out'] },
];

describe('corpusFigures', () => {
  const c = corpusFigures(results);

  it('leaves out a page either highlighter failed on, and names it', () => {
    expect(c.measured).toBe(2);
    expect(c.failed).toEqual([{ page: 'c.html', errors: ['Fact Lens: timed out'] }]);
  });

  it('takes the overall ratio of the totals, not the mean of the ratios', () => {
    // (300 + 400) / (10 + 40) = 14, where the pages' own ratios are 30 and 10.
    expect(c.overallRatio).toBe(14);
    expect(c.pageRatio.max).toBe(30);
  });

  it('finds the longest task and every page with one over 50 ms', () => {
    expect(c.longestTask).toEqual({ page: 'b.html', ms: 60, wallMs: 60 });
    expect(c.pagesWithLongTasks).toEqual(['b.html']);
  });

  it('counts the mentions of each and the pages where they disagree', () => {
    expect(c.mentions).toEqual({ lens: 2, mark: 3, pagesWhereTheyDiffer: 1 });
  });
});
