import { type CalendarDate, formatDate, lastDayOf, MONTH_NAME, monthNumber, mostRecent } from './dates';

/** A time expression found in a sentence, resolved against the article's publication date. */
export interface TimeExpression {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  /** First day covered (as precise as the text is: a year, a month or a day). */
  from: CalendarDate;
  /** Last day covered, for periods such as a quarter. */
  to?: CalendarDate;
  /** What the expression means, in words ("quarter ended 30 September 2017", "March 2017"). */
  label: string;
  /** A date that recurs every year ("held each November 11"). */
  recurring?: boolean;
}

const MONTH_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Human words for a calendar date: "2017", "March 2017", "30 September 2017". */
export function describeDate(d: CalendarDate): string {
  const month = d.month ? MONTH_FULL[d.month - 1] : undefined;
  if (!month) return String(d.year);
  return d.day ? `${d.day} ${month} ${d.year}` : `${month} ${d.year}`;
}

/** Resolves a match; relative expressions need the publication date and give up without one. */
type Resolver = (
  m: RegExpExecArray,
  ref: CalendarDate | undefined,
) => Omit<TimeExpression, 'start' | 'end'> | undefined;

const RELATIVE_YEAR: Record<string, number> = { this: 0, last: -1, next: 1, previous: -1 };
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const M = MONTH_NAME;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/**
 * Patterns, most specific first. Each names how its match resolves; a later pattern never claims
 * text an earlier one already matched.
 */
const PATTERNS: [RegExp, Resolver][] = [
  // "quarter ended September 30", "three months to 30 June 2017", "quarter to September"
  [
    new RegExp(
      `\\b(?:quarter|three months|3 months)\\s+(?:ended|ending|to|through)\\s+(?:(?:${DAY}\\s+(${M}))|(?:(${M})(?:\\s+${DAY})?))(?:,?\\s+(\\d{4}))?`,
      'gi',
    ),
    (m, ref) => {
      const month = monthNumber(m[2] ?? m[3] ?? '') ?? 0;
      const dayText = m[1] ?? m[4];
      if (!m[5] && !ref) return undefined;
      const year = m[5] ? Number(m[5]) : mostRecent(month, undefined, ref ?? { year: 0 }).year;
      const day = dayText ? Number(dayText) : lastDayOf(year, month);
      const startMonth = ((month + 9) % 12) + 1;
      const from = { year: startMonth > month ? year - 1 : year, month: startMonth, day: 1 };
      const to = { year, month, day };
      return { from, to, label: `quarter ended ${describeDate(to)}` };
    },
  ],
  // "In March this year", "in April last year"
  [
    new RegExp(`\\b(${M})\\s+(this|last|next|previous)\\s+year\\b`, 'gi'),
    (m, ref) => {
      if (!ref) return undefined;
      const year = ref.year + (RELATIVE_YEAR[(m[2] ?? '').toLowerCase()] ?? 0);
      const from = { year, month: monthNumber(m[1] ?? '') ?? 1 };
      return { from, label: describeDate(from) };
    },
  ],
  // "12 November 2017", "November 12, 2017"
  [
    new RegExp(`\\b(?:${DAY}\\s+(${M})|(${M})\\.?\\s+${DAY}),?\\s+(\\d{4})\\b`, 'gi'),
    (m) => {
      const from = { year: Number(m[5]), month: monthNumber(m[2] ?? m[3] ?? '') ?? 1, day: Number(m[1] ?? m[4]) };
      return { from, label: describeDate(from) };
    },
  ],
  // "each November 11", "every 11 November": an annual date
  [
    new RegExp(`\\b(?:each|every)\\s+(?:(${M})\\s+${DAY}|${DAY}\\s+(${M}))\\b`, 'gi'),
    (m, ref) => {
      if (!ref) return undefined;
      const month = monthNumber(m[1] ?? m[4] ?? '') ?? 1;
      const day = Number(m[2] ?? m[3]);
      const from = { year: ref.year, month, day };
      return { from, recurring: true, label: `every ${day} ${MONTH_FULL[month - 1]}` };
    },
  ],
  // "March 2017", "in March"
  [
    new RegExp(`\\b(${M})(?:\\s+(\\d{4})\\b|(?=[\\s,.;]))`, 'g'),
    (m, ref) => {
      const month = monthNumber(m[1] ?? '') ?? 1;
      // "May" alone is usually the verb; only accept it with a year.
      if (!m[2] && ((m[1] ?? '').toLowerCase() === 'may' || !ref)) return undefined;
      const from = m[2] || !ref ? { year: Number(m[2]), month } : mostRecent(month, undefined, ref);
      return { from, label: describeDate(from) };
    },
  ],
  // "on Wednesday", "next Tuesday", "last Friday": the weekday nearest the story's date that way.
  [
    /\b(?:(next|last|this|on)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    (m, ref) => {
      if (!ref?.month || !ref.day) return undefined;
      const published = Date.UTC(ref.year, ref.month - 1, ref.day);
      const wanted = WEEKDAYS.indexOf(m[2] ?? '');
      const today = new Date(published).getUTCDay();
      const ahead = (wanted - today + 7) % 7;
      const word = (m[1] ?? '').toLowerCase();
      // "next Tuesday" is the one after the coming one only when that would be today; plain and
      // "on" take the same week, looking back for past days ("closed on Tuesday").
      const shift = word === 'next' ? ahead || 7 : word === 'last' ? ahead - 7 || -7 : ahead === 0 ? 0 : ahead - 7;
      const date = new Date(published + shift * 86_400_000);
      const from = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
      return { from, label: `${m[2]} ${describeDate(from)}` };
    },
  ],
  // "this year", "last year"
  [
    /\b(this|last|next|previous)\s+year\b/gi,
    (m, ref) => {
      if (!ref) return undefined;
      const from = { year: ref.year + (RELATIVE_YEAR[(m[1] ?? '').toLowerCase()] ?? 0) };
      return { from, label: String(from.year) };
    },
  ],
  // A bare year, 1900-2099, not part of a larger number or a money amount.
  [
    /(?<![\d.,$])\b(19\d{2}|20\d{2})\b(?![\d,.]\d|\s*(?:per\s*cent|%|million|billion))/g,
    (m) => ({ from: { year: Number(m[1]) }, label: m[1] ?? '' }),
  ],
];

/**
 * Finds the time expressions in a sentence, resolving relative ones ("last year", "in April")
 * against `reference`, the publication date.
 */
export function findTimeExpressions(sentence: string, reference: CalendarDate | undefined): TimeExpression[] {
  const found: TimeExpression[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const [pattern, resolve] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const resolved = resolve(m, reference);
      if (resolved) found.push({ start, end, ...resolved });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The ISO form of an expression's start, as precise as the text. */
export function isoOf(t: TimeExpression): string {
  return formatDate(t.from);
}
