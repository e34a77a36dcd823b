import { type EntrySize, kb } from '../node/report-sizes';
import type { ArticleFigures, ScaleRow } from './qa-bench';
import { formatTable, ms, numberColumns } from './table';

/** Issue 7's targets for questions: p95 at one article and at 1,000 copies, in ms. */
export const QA_TARGETS = { p95OneArticle: 2, p95ThousandCopies: 20 };

/** Thousands of characters of serialised index. */
const kChars = (n: number) => (n / 1000).toFixed(n < 10_000 ? 1 : 0);

/** Build times for the article (first run, then the spread of the warm runs) and the eval set's latency at one copy. */
export function articleTable(a: ArticleFigures, one: ScaleRow | undefined): string[] {
  const build = (name: string, t: ArticleFigures['factBase']) => [
    name,
    ms(t.first),
    ms(t.warm.p50),
    ms(t.warm.p95),
    ms(t.warm.max),
  ];
  return formatTable(numberColumns('the bundled article, ms', 'first run', 'p50', 'p95', 'max'), [
    build(`fact base build (${a.factBase.warm.count} warm runs)`, a.factBase),
    build(`index build (${a.index.warm.count} warm runs)`, a.index),
    build(`engine build: index + lexicons (${a.engine.warm.count} warm runs)`, a.engine),
    ...(one
      ? [[`question (${one.answer.count} of qa.json)`, '', ms(one.answer.p50), ms(one.answer.p95), ms(one.answer.max)]]
      : []),
  ]);
}

/** How build time, index size and latency grow with copies of the article, Fact Lens beside Lunr. */
export function scaleTable(rows: readonly ScaleRow[]): string[] {
  return formatTable(
    numberColumns(
      'copies',
      'sentences',
      'FL index build ms',
      'FL index, K chars',
      'FL answer p50',
      'FL answer p95',
      'FL search p50',
      'FL search p95',
      'Lunr build ms',
      'Lunr index, K chars',
      'Lunr search p50',
      'Lunr search p95',
    ),
    rows.map((r) => [
      r.copies.toLocaleString('en'),
      r.sentences.toLocaleString('en'),
      ms(r.indexBuildMs),
      kChars(r.indexChars),
      ms(r.answer.p50),
      ms(r.answer.p95),
      ms(r.search.p50),
      ms(r.search.p95),
      ms(r.lunrBuildMs),
      kChars(r.lunrIndexChars),
      ms(r.lunrSearch.p50),
      ms(r.lunrSearch.p95),
    ]),
  );
}

/** Whether the question targets are met, in words. */
export function qaVerdicts(rows: readonly ScaleRow[]): string[] {
  const at = (copies: number, limit: number) => {
    const row = rows.find((r) => r.copies === copies);
    if (!row) return `no run at ${copies} ${copies === 1 ? 'copy' : 'copies'}`;
    const ok = row.answer.p95 <= limit;
    return `question p95 at ${copies.toLocaleString('en')} ${copies === 1 ? 'copy' : 'copies'}: ${ms(row.answer.p95)} ms (target ≤ ${limit} ms): ${ok ? 'meets the target' : 'MISSES the target'}`;
  };
  return [at(1, QA_TARGETS.p95OneArticle), at(1000, QA_TARGETS.p95ThousandCopies)];
}

/** The built size of each part of the extension, raw and gzipped. */
export function sizeTable(sizes: readonly EntrySize[]): string[] {
  return formatTable(
    [{ title: 'bundle' }, ...numberColumns('files', 'raw', 'gzip')],
    sizes.map((s) => [s.entry, s.files.join(', '), kb(s.bytes), kb(s.gzip)]),
  );
}
