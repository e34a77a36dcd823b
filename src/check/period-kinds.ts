import { daysBetween, type Interval } from './intervals';

// What kind of span a figure is given for. A fiscal year's revenue and a quarter's are different
// measures even when a page gives no dates ("annual revenue", "in the quarter"), so a claim is
// compared only with a fact of its own kind of span.

/** The kinds of span business news gives figures for. */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'nine months' | 'year';

/** Span lengths in days, with a few days' slack for months of 28 to 31 days. */
const SPANS: [kind: PeriodKind, low: number, high: number][] = [
  ['day', 0, 1],
  ['week', 6, 8],
  ['month', 27, 31],
  ['quarter', 88, 93],
  ['half', 179, 185],
  ['nine months', 270, 276],
  ['year', 363, 367],
];

/** The kind of a span of days (`isoRange`, `timeRange`); undefined for an odd length ("Nov. 1 to 11"). */
export function kindOfSpan(range: Interval): PeriodKind | undefined {
  const days = daysBetween(range.low, range.high);
  return SPANS.find(([, low, high]) => days >= low && days <= high)?.[0];
}

/**
 * Words that name a kind of span without dating it, most specific first: "quarterly", "in the
 * three months", "interim", "first-half", "fiscal year", "full-year", "annual".
 */
const KIND_WORDS: [RegExp, PeriodKind][] = [
  [/\b(?:nine|9)\s+months\b/i, 'nine months'],
  [/\bquarter(?:ly)?\b|\b(?:three|3)\s+months\b|\bQ[1-4]\b/i, 'quarter'],
  [/\b(?:half[- ]year(?:ly)?|interim|(?:first|second)[- ]half|(?:six|6)\s+months|in\s+the\s+half|H[12])\b/i, 'half'],
  [
    /\b(?:fiscal|financial\s+year|full[- ]year|annual(?:ly)?|yearly|(?:twelve|12)\s+months|(?:for|in|over)\s+the\s+year|FY\s?\d{2,4})\b/i,
    'year',
  ],
];

/** The kind of span a text names in words, if it names one. */
export function kindInWords(text: string): PeriodKind | undefined {
  return KIND_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}
