import { type CalendarDate, describeDate, MONTH_NAME, monthNumber, mostRecent } from '../factbase/dates';
import { A_YEAR_EARLIER, findTimeExpressions, type TimeExpression } from '../factbase/time-expressions';

const PERIOD_THAT_ENDED =
  /(\b(?:year|quarter|half|months?)\s+)(that\s+|which\s+)(ended|ends|ending)(\s+in)?(\s+[A-Z])/g;

const BARE_MONTH = new RegExp(
  `\\b(?:(?:at\\s+)?the\\s+end\\s+of\\s+|in\\s+|by\\s+|during\\s+)?(${MONTH_NAME})\\b`,
  'gu',
);

/**
 * The times a question names: those the sources' reader finds, and a month on its own ("at the end
 * of September"), which is the last such month up to `reference`: a question names a bare month for
 * the story's own year. "May" alone is the verb; after a preposition it is the month.
 */
export function questionTimes(question: string, reference: CalendarDate | undefined): QuestionTime[] {
  // "the fiscal year that ended in March" is "the fiscal year ended March" (blanked, so offsets hold).
  const plain = question.replace(
    PERIOD_THAT_ENDED,
    (m, head: string, that: string, verb: string, _in, rest: string) =>
      `${head}${' '.repeat(that.length)}${verb}${' '.repeat(m.length - head.length - that.length - verb.length - rest.length)}${rest}`,
  );
  const found = findTimeExpressions(plain, reference);
  if (!reference) return found;
  const months = [...question.matchAll(BARE_MONTH)].flatMap((m) => {
    const start = m.index;
    const end = start + m[0].length;
    const month = monthNumber(m[1] ?? '');
    if (!month || found.some((t) => start < t.end && end > t.start) || m[0] === 'May') return [];
    const from = mostRecent(month, undefined, reference);
    return [{ start, end, from, label: describeDate(from) }];
  });
  // "…did Paytm have a year earlier?": the year before the story's.
  const earlier = [...question.matchAll(YEAR_EARLIER)].flatMap((m) => {
    if (found.some((t) => m.index < t.end && m.index + m[0].length > t.start)) return [];
    const from = { year: reference.year - 1 };
    return [{ start: m.index, end: m.index + m[0].length, from, label: String(from.year), anySpan: true }];
  });
  return [...found, ...months, ...earlier].sort((a, b) => a.start - b.start);
}

/**
 * A time a question names; `anySpan` when it says only which year ("a year earlier"), not how long a
 * span it means: the quarter a story reports, a year before, answers it.
 */
export type QuestionTime = TimeExpression & { anySpan?: boolean };

/** "a year earlier", "a year before" closing a question, as a page says it of the story's now. */
const YEAR_EARLIER = new RegExp(`\\b${A_YEAR_EARLIER}(?=\\s*[?.]?\\s*$)`, 'gi');
