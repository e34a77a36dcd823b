/** A column of a printed table: its heading and which side its cells line up on. */
export interface Column {
  title: string;
  align?: 'left' | 'right';
}

/**
 * A Markdown pipe table with its columns padded to one width: readable in a terminal as it is, and
 * pasted into BENCHMARKS.md unchanged. Numbers line up on the right (`align: 'right'`).
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((c, i) => Math.max(3, c.title.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (text: string, i: number) =>
    columns[i]?.align === 'right' ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (cells: readonly string[]) => `| ${columns.map((_, i) => pad(cells[i] ?? '', i)).join(' | ')} |`;
  const rule = columns.map((c, i) => {
    const dashes = '-'.repeat(widths[i] ?? 3);
    return c.align === 'right' ? `${dashes.slice(1)}:` : dashes;
  });
  return [line(columns.map((c) => c.title)), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}

/** Columns for a table whose first column names the row and whose others hold numbers. */
export function numberColumns(first: string, ...numbers: string[]): Column[] {
  return [{ title: first }, ...numbers.map((title) => ({ title, align: 'right' as const }))];
}

/** Milliseconds as the tables show them: three significant figures, at most two decimals. */
export function ms(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A ratio as "23.4×"; "–" when it cannot be taken (a zero denominator). */
export function ratio(numerator: number, denominator: number): string {
  if (!(denominator > 0)) return '–';
  const r = numerator / denominator;
  return `${r >= 100 ? r.toFixed(0) : r.toFixed(1)}×`;
}
