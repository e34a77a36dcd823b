import {
  type CalendarDate,
  describeDate,
  formatDate,
  lastDayOf,
  MONTH_FULL,
  MONTH_NAME,
  monthNumber,
  mostRecent,
} from './dates';
import { WORD_NUMBERS } from './value-words';

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

/** "a year earlier", "a year before": a year back from the time spoken of (the fact base, checker and questions read it). */
export const A_YEAR_EARLIER = '(?:a|one)\\s+year\\s+(?:earlier|before)';

/** Words that put what a sentence says in the present: "currently", "now", "today", "at present". */
export const SAYS_NOW = /\b(?:currently|now|today|at\s+present|these\s+days)\b/i;

/** Resolves a match; relative expressions need the publication date and give up without one. */
type Resolver = (
  m: RegExpExecArray,
  ref: CalendarDate | undefined,
) => Omit<TimeExpression, 'start' | 'end'> | undefined;

const RELATIVE_YEAR: Record<string, number> = { this: 0, last: -1, next: 1, previous: -1 };
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'];
/** Words for a run of months that ends on a date: "quarter", "six months", "12 months", "year". */
const SPAN_WORDS = '(?:three|3|six|6|nine|9|twelve|12)\\s+months|half(?:[\\s-]year)?|(?:fiscal\\s+|financial\\s+)?year';

/** How many months a span word covers. */
function spanMonths(words: string): number {
  const w = words.toLowerCase();
  if (/^(?:quarter|three|3)\b/.test(w)) return 3;
  if (/^(?:six|6|half)\b/.test(w)) return 6;
  if (/^(?:nine|9)\b/.test(w)) return 9;
  return 12;
}

/** The first day of a run of `months` months that ends on `to`. */
function spanStart(to: CalendarDate, months: number): CalendarDate {
  const index = to.year * 12 + (to.month ?? 12) - months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 };
}
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const M = MONTH_NAME;
const DAY = '(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?';

/**
 * Patterns, most specific first. Each names how its match resolves; a later pattern never claims
 * text an earlier one already matched.
 */
const PATTERNS: [RegExp, Resolver][] = [
  // "quarter ended September 30", "three months to 30 June 2017", "six months to June", "12 months ended June 30"
  [
    new RegExp(
      `\\b(quarter|${SPAN_WORDS})\\s+(?:ended|ending|to|through)\\s+(?:(?:${DAY}\\s+(${M}))|(?:(${M})(?:\\s+${DAY})?))(?:,?\\s+(\\d{4}))?`,
      'gi',
    ),
    (m, ref) => {
      const month = monthNumber(m[3] ?? m[4] ?? '') ?? 0;
      const dayText = m[2] ?? m[5];
      if (!m[6] && !ref) return undefined;
      const year = m[6] ? Number(m[6]) : mostRecent(month, undefined, ref ?? { year: 0 }).year;
      const to = { year, month, day: dayText ? Number(dayText) : lastDayOf(year, month) };
      const months = spanMonths(m[1] ?? '');
      const label = months === 3 ? 'quarter' : `${months === 6 ? 'six' : months === 9 ? 'nine' : '12'} months`;
      return { from: spanStart(to, months), to, label: `${label} ended ${describeDate(to)}` };
    },
  ],
  // "the second quarter", "first half of 2020", "Q3 2017", "H1 2020": a quarter or half of a year
  [
    /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)|(Q[1-4]|H[12]))(?:(?:\s+of|,)?\s+(?:(\d{4})|(this|last|next|previous)\s+year))?\b/gi,
    (m, ref) => {
      const code = (m[3] ?? '').toUpperCase();
      const half = code ? code.startsWith('H') : (m[2] ?? '').toLowerCase() === 'half';
      // "q3" and "h1" in lower case are not periods.
      if (code && code !== m[3]) return undefined;
      const ordinal = code ? Number(code.slice(1)) : (ORDINALS[(m[1] ?? '').toLowerCase()] ?? 0);
      const months = half ? 6 : 3;
      const endMonth = ordinal * months;
      if (endMonth > 12) return undefined;
      let year: number | undefined = m[4] ? Number(m[4]) : undefined;
      if (year === undefined && m[5] && ref) year = ref.year + (RELATIVE_YEAR[m[5].toLowerCase()] ?? 0);
      // Unnamed, it is the latest one to have ended by the story's date ("in the second quarter").
      if (year === undefined && ref) year = mostRecent(endMonth, lastDayOf(ref.year, endMonth), ref).year;
      if (year === undefined) return undefined;
      const to = { year, month: endMonth, day: lastDayOf(year, endMonth) };
      const name = half ? `${ORDINAL_WORDS[ordinal - 1]} half` : `${ORDINAL_WORDS[ordinal - 1]} quarter`;
      return { from: spanStart(to, months), to, label: `${name} of ${year}` };
    },
  ],
  // "the first nine months of the year", "the first six months of 2020": from January on
  [
    /\bfirst\s+(three|3|six|6|nine|9)\s+months\s+of\s+(?:(\d{4})|(?:the|this)\s+year|(last|previous)\s+year)\b/gi,
    (m, ref) => {
      const year = m[2] ? Number(m[2]) : ref ? ref.year - (m[3] ? 1 : 0) : undefined;
      if (year === undefined) return undefined;
      const months = spanMonths(m[1] ?? '');
      const to = { year, month: months, day: lastDayOf(year, months) };
      return {
        from: { year, month: 1, day: 1 },
        to,
        label: `${describeDate({ year, month: 1 })} to ${describeDate(to)}`,
      };
    },
  ],
  // "the September 2017 quarter", "the July–September quarter of 2017": the quarter ending that month
  [
    new RegExp(`\\b(?:${M}\\s*[–-]\\s*)?(${M})(?:\\s+(\\d{4}))?\\s+quarter(?:\\s+of\\s+(\\d{4}))?\\b`, 'gi'),
    (m, ref) => {
      const month = monthNumber(m[1] ?? '') ?? 0;
      const stated = m[2] ?? m[3];
      if (month % 3 !== 0 || (!stated && !ref)) return undefined;
      const year = stated ? Number(stated) : mostRecent(month, undefined, ref ?? { year: 0 }).year;
      const to = { year, month, day: lastDayOf(year, month) };
      return { from: spanStart(to, 3), to, label: `quarter ended ${describeDate(to)}` };
    },
  ],
  // "January to September 2020", "from April to June": the months from one to the other
  [
    new RegExp(`\\b(${M})\\s*(?:to|through|until|[–-])\\s*(${M})(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    (m, ref) => {
      const first = monthNumber(m[1] ?? '') ?? 0;
      const last = monthNumber(m[2] ?? '') ?? 0;
      if (first >= last || (!m[3] && !ref)) return undefined;
      const year = m[3] ? Number(m[3]) : mostRecent(last, undefined, ref ?? { year: 0 }).year;
      const to = { year, month: last, day: lastDayOf(year, last) };
      return {
        from: { year, month: first, day: 1 },
        to,
        label: `${describeDate({ year, month: first })} to ${describeDate(to)}`,
      };
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
  // "between Nov. 1 and Nov. 11": the days from one to the other
  [
    new RegExp(`\\bbetween\\s+(${M})\\.?\\s+${DAY}\\s+and\\s+(?:(${M})\\.?\\s+)?${DAY}\\b`, 'gi'),
    (m, ref) => {
      if (!ref) return undefined;
      const first = monthNumber(m[1] ?? '') ?? 1;
      const from = mostRecent(first, Number(m[2]), ref);
      const to = { year: from.year, month: monthNumber(m[3] ?? m[1] ?? '') ?? first, day: Number(m[4]) };
      return { from, to, label: `${describeDate(from)} to ${describeDate(to)}` };
    },
  ],
  // "on Nov 11", "November 12", "12 November": a day with no year, the latest by the story's date
  [
    new RegExp(`\\b(?:${DAY}\\s+(${M})|(${M})\\.?\\s+${DAY})\\b`, 'gi'),
    (m, ref) => {
      if (!ref) return undefined;
      const month = monthNumber(m[2] ?? m[3] ?? '') ?? 1;
      const from = mostRecent(month, Number(m[1] ?? m[4]), ref);
      return { from, label: describeDate(from) };
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
  // "three years ago", "a decade ago", "18 months ago": counted back from the story's date
  [
    /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(years?|decades?|months?)\s+ago\b/gi,
    (m, ref) => {
      const count = (m[1] ?? '').toLowerCase();
      const n = count === 'an' ? 1 : (WORD_NUMBERS[count] ?? Number(count));
      if (!ref || !n) return undefined;
      const unit = (m[2] ?? '').toLowerCase();
      if (!unit.startsWith('month')) {
        const year = ref.year - n * (unit.startsWith('decade') ? 10 : 1);
        return { from: { year }, label: String(year) };
      }
      const index = ref.year * 12 + (ref.month ?? 1) - 1 - n;
      const from = { year: Math.floor(index / 12), month: (index % 12) + 1 };
      return { from, label: describeDate(from) };
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
