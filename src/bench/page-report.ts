import type { LensMeasure } from './lens-page';
import type { MarkMeasure } from './markjs-page';
import type { PageResult } from './page-bench';
import { type Spread, spreadOf } from './stats';
import { formatTable, ms, numberColumns, ratio } from './table';

/** Issue 7's targets for the pages: how much faster than mark.js, and the longest task allowed (issue 4). */
export const PAGE_TARGETS = { ratio: 20, longTaskMs: 50 };

/** A page both highlighters finished. */
type Measured = PageResult & { lens: LensMeasure; mark: MarkMeasure };

/** The corpus in figures: spreads over the pages both finished, the overall ratio and the longest task. */
export interface CorpusFigures {
  pages: number;
  measured: number;
  failed: { page: string; errors: string[] }[];
  lensMs: Spread;
  markMs: Spread;
  /** mark.js ÷ Fact Lens, page by page. */
  pageRatio: Spread;
  /** mark.js's total time over Fact Lens's, all pages: what a reader of the whole corpus would wait. */
  overallRatio: number;
  /** The task with the most main-thread work (`ms`), and its wall time. */
  longestTask: { page: string; ms: number; wallMs: number };
  pagesWithLongTasks: string[];
  mentions: { lens: number; mark: number; pagesWhereTheyDiffer: number };
}

const measuredOf = (results: readonly PageResult[]) =>
  results.filter((r): r is Measured => r.lens !== undefined && r.mark !== undefined);

/** Sums up the pages; a page that either highlighter failed on counts in `failed` and nowhere else. */
export function corpusFigures(results: readonly PageResult[]): CorpusFigures {
  const measured = measuredOf(results);
  const lens = measured.map((r) => r.lens.ms);
  const mark = measured.map((r) => r.mark.ms);
  const total = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const longest = measured.reduce<Measured | undefined>(
    (best, r) => (!best || r.lens.longestTaskCpuMs > best.lens.longestTaskCpuMs ? r : best),
    undefined,
  );
  return {
    pages: results.length,
    measured: measured.length,
    failed: results.filter((r) => r.errors.length > 0).map(({ page, errors }) => ({ page, errors })),
    lensMs: spreadOf(lens),
    markMs: spreadOf(mark),
    pageRatio: spreadOf(measured.map((r) => (r.lens.ms > 0 ? r.mark.ms / r.lens.ms : 0))),
    overallRatio: total(lens) > 0 ? total(mark) / total(lens) : 0,
    longestTask: {
      page: longest?.page ?? '',
      ms: longest?.lens.longestTaskCpuMs ?? 0,
      wallMs: longest?.lens.longestTaskMs ?? 0,
    },
    pagesWithLongTasks: measured.filter((r) => r.lens.longestTaskCpuMs > PAGE_TARGETS.longTaskMs).map((r) => r.page),
    mentions: {
      lens: total(measured.map((r) => r.lens.mentions)),
      mark: total(measured.map((r) => r.mark.mentions)),
      pagesWhereTheyDiffer: measured.filter((r) => r.lens.mentions !== r.mark.mentions).length,
    },
  };
}

/** One row a page: both times, their ratio, Fact Lens's longest task and each one's mentions. */
export function pageTable(results: readonly PageResult[]): string[] {
  return formatTable(
    numberColumns(
      'page',
      'Fact Lens ms',
      'longest task ms (thread / wall)',
      'mark.js ms',
      'mark.js / Fact Lens',
      'mentions (FL)',
      'mentions (mark.js)',
    ),
    results.map(({ page, lens, mark }) => [
      page,
      lens ? ms(lens.ms) : 'failed',
      lens ? `${ms(lens.longestTaskCpuMs)} / ${ms(lens.longestTaskMs)}` : '',
      mark ? ms(mark.ms) : 'failed',
      lens && mark ? ratio(mark.ms, lens.ms) : '',
      lens ? String(lens.mentions) : '',
      mark ? String(mark.mentions) : '',
    ]),
  );
}

/** The corpus table (p50, p90, max and total of each, and the ratio per page and overall), then the verdicts. */
export function corpusReport(c: CorpusFigures): string[] {
  const row = (name: string, s: Spread, show: (n: number) => string, total: string) => [
    name,
    show(s.p50),
    show(s.p90),
    show(s.max),
    total,
  ];
  const times = (n: number) => ms(n);
  const times1 = (n: number) => ratio(n, 1);
  const meets = (ok: boolean) => (ok ? 'meets the target' : 'MISSES the target');
  return [
    ...formatTable(numberColumns(`${c.measured} pages`, 'p50', 'p90', 'max', 'all pages'), [
      row('Fact Lens, ms', c.lensMs, times, ms(c.lensMs.total)),
      row('mark.js, ms', c.markMs, times, ms(c.markMs.total)),
      row('mark.js / Fact Lens', c.pageRatio, times1, ratio(c.overallRatio, 1)),
    ]),
    '',
    `Overall, mark.js took ${ratio(c.overallRatio, 1)} as long as Fact Lens (target ≥ ${PAGE_TARGETS.ratio}×): ${meets(c.overallRatio >= PAGE_TARGETS.ratio)}.`,
    `Longest task the content script caused: ${ms(c.longestTask.ms)} ms of main-thread work (${ms(c.longestTask.wallMs)} ms wall) on ${c.longestTask.page} (target ≤ ${PAGE_TARGETS.longTaskMs} ms): ${meets(c.pagesWithLongTasks.length === 0)}${c.pagesWithLongTasks.length > 0 ? `; over it on ${c.pagesWithLongTasks.join(', ')}` : ''}.`,
    `Mentions: Fact Lens ${c.mentions.lens}, mark.js ${c.mentions.mark}; the counts differ on ${c.mentions.pagesWhereTheyDiffer} of ${c.measured} pages.`,
    ...(c.failed.length > 0
      ? [`Not measured (${c.failed.length}): ${c.failed.map((f) => `${f.page} (${f.errors.join('; ')})`).join(', ')}`]
      : []),
  ];
}
