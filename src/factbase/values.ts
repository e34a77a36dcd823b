import type { Comparator } from './schema';
import {
  COMPARATOR_BY_WORDS,
  CURRENCY_PREFIX,
  CURRENCY_SUFFIX,
  FRACTIONS,
  RATIO,
  SCALES,
  WORD_NUMBERS,
} from './value-words';

/** A number found in a sentence: a count, an amount of money or a percentage. */
export interface NumericValue {
  kind: 'quantity' | 'money' | 'percent';
  /** Offsets within the sentence, comparator included ("more than 520 million"). */
  start: number;
  end: number;
  text: string;
  amount: number;
  comparator: Comparator;
  /** ISO 4217 code for money. */
  currency?: string;
  /** The place value of the last digit written: 0.1e9 for "25.3 billion", 1e6 for "520 million". */
  precision: number;
  /** The same amount in another currency, given in brackets right after it ("(US$447 million)"). */
  equivalent?: { amount: number; currency: string; text: string; start: number; end: number };
}

const alt = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.$*+?()[\]{}|^\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

const COMPARATOR_RE = `(?:(${alt(COMPARATOR_BY_WORDS.keys())})\\s+)?`;
const PREFIX_RE = `(${alt(CURRENCY_PREFIX.map(([p]) => p))})?\\s?`;
const DIGITS_RE = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const WORD_NUMBER_RE = `(${alt(Object.keys(WORD_NUMBERS))})`;
const SCALE_RE = `(?:[\\s-]?(${alt(Object.keys(SCALES))})\\b)`;
const PERCENT_RE = '(\\s?%|\\s+per\\s?cent\\b|\\s+percent\\b)';
const SUFFIX_RE = `(?:\\s+(${alt(CURRENCY_SUFFIX.map(([s]) => s))})\\b)?`;

/** A digit number with optional scale, currency and percent; the scale is needed after a word number. */
const NUMBER = new RegExp(
  `(?<![\\w$.,-])${COMPARATOR_RE}${PREFIX_RE}(?:${DIGITS_RE}${SCALE_RE}?|${WORD_NUMBER_RE}${SCALE_RE})${PERCENT_RE}?${SUFFIX_RE}(?![\\w-]|[.,]\\d)`,
  'gi',
);
const FRACTION = new RegExp(`(?<![\\w-])${COMPARATOR_RE}(${alt(Object.keys(FRACTIONS))})\\s+of\\b`, 'gi');
/** "grew by more than a third", "fell by about half": a change by a fraction. */
const FRACTION_BY = new RegExp(`(?<=\\bby\\s+)${COMPARATOR_RE}(${alt(Object.keys(FRACTIONS))})\\b(?!\\s+of\\b)`, 'gi');
const BRACKETED = /^\s*\(([^()]{1,40})\)/;
/** ", or about $512 billion", ", equivalent to about $11.2 billion", "(about US$6 billion)": the same sum converted. */
const OR_CONVERTED = /^,?\s+(?:or|equivalent\s+to|equal\s+to|worth)\s+/;
/** Counts written as words are values only before a noun and after no determiner: "six markets", not "all three operations". */
const BARE_WORD_NUMBER = new RegExp(
  `(?<![\\w-])${COMPARATOR_RE}(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?=\\s+\\p{L})`,
  'giu',
);
/** "three in ten", "one out of five": a share said as a ratio (`RATIO`), but not "one in 10%". */
const RATIO_VALUE = new RegExp(`(?<![\\w-])${COMPARATOR_RE}${RATIO}(?!\\s*%)`, 'gi');
/** "first half of", "second quarter of": a span of time, not a fraction. */
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|last|latest|past|previous)[\s-]+$/i;
const DETERMINER_BEFORE =
  /\b(?:all|the|these|those|its|their|his|her|our|both|each|every|any|other|of|first|last|next|top)\s+$/i;

/**
 * Finds the numbers in a sentence with their comparator, scale, currency and precision. Spans in
 * `exclude` (dates, years) are skipped. Hyphenated adjectives ("24-hour") are not values.
 */
export function findValues(sentence: string, exclude: readonly { start: number; end: number }[] = []): NumericValue[] {
  const values: NumericValue[] = [];
  const overlaps = (s: number, e: number) => exclude.some((x) => s < x.end && e > x.start);
  // Fresh regexes: findValues recurses for bracketed amounts, and a shared lastIndex would clash.
  const number = new RegExp(NUMBER);
  for (let m = number.exec(sentence); m; m = number.exec(sentence)) {
    const value = toValue(m);
    if (!value || overlaps(value.start, value.end)) continue;
    attachEquivalent(sentence, value);
    if (value.equivalent) number.lastIndex = value.equivalent.end;
    values.push(value);
  }
  const bare = new RegExp(BARE_WORD_NUMBER);
  for (let m = bare.exec(sentence); m; m = bare.exec(sentence)) {
    const end = m.index + m[0].length;
    if (overlaps(m.index, end) || DETERMINER_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (values.some((v) => m && v.start < end && v.end > m.index)) continue;
    const word = (m[2] ?? '').toLowerCase();
    values.push({
      kind: 'quantity',
      start: m.index,
      end,
      text: m[0],
      amount: WORD_NUMBERS[word] ?? 0,
      comparator: comparatorOf(m[1]),
      precision: 1,
    });
  }
  for (const [pattern, after] of [
    [FRACTION, 'of'.length + 1],
    [FRACTION_BY, 0],
  ] as const)
    for (const m of sentence.matchAll(pattern)) {
      // "the first half of its fiscal year" is a time, not a share.
      if (ORDINAL_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
      const words = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const end = m.index + m[0].length - after;
      values.push({
        kind: 'percent',
        start: m.index,
        end,
        text: sentence.slice(m.index, end),
        amount: FRACTIONS[words] ?? 0,
        comparator: comparatorOf(m[1]),
        precision: 1,
      });
    }
  // A ratio is one value: its numbers are no counts of their own.
  const ratios = [...sentence.matchAll(RATIO_VALUE)].flatMap((m): NumericValue[] => {
    const [part, whole] = [m[2], m[3]].map((w) => WORD_NUMBERS[(w ?? '').toLowerCase()] ?? Number(w));
    if (!part || !whole || part >= whole) return [];
    const end = m.index + m[0].length;
    const comparator = comparatorOf(m[1]);
    return [
      {
        kind: 'percent',
        start: m.index,
        end,
        text: m[0],
        amount: (100 * part) / whole,
        comparator,
        precision: 100 / whole,
      },
    ];
  });
  const outside = (v: NumericValue) => ratios.every((r) => v.end <= r.start || v.start >= r.end);
  return [...values.filter(outside), ...ratios].sort((a, b) => a.start - b.start);
}

function comparatorOf(words: string | undefined): Comparator {
  return words ? (COMPARATOR_BY_WORDS.get(words.toLowerCase().replace(/\s+/g, ' ')) ?? 'exact') : 'exact';
}

function toValue(m: RegExpExecArray): NumericValue | undefined {
  const [text, comparatorWords, prefix, digits, scaleAfterDigits, wordNumber, scaleAfterWord, percent, suffix] = m;
  const scaleWord = (scaleAfterDigits ?? scaleAfterWord)?.toLowerCase();
  // A lone "m" or "b" is a scale only straight after digits with a currency ("US$5m").
  if ((scaleWord === 'm' || scaleWord === 'b' || scaleWord === 'k') && !prefix) return undefined;
  const scale = scaleWord ? (SCALES[scaleWord] ?? 1) : 1;
  const base = digits ? Number(digits.replace(/,/g, '')) : (WORD_NUMBERS[(wordNumber ?? '').toLowerCase()] ?? NaN);
  if (!Number.isFinite(base)) return undefined;
  const decimals = digits?.split('.')[1]?.length ?? 0;
  const currency = prefix
    ? lookup(CURRENCY_PREFIX, prefix)
    : suffix
      ? lookup(CURRENCY_SUFFIX, suffix.toLowerCase())
      : undefined;
  const kind = percent ? 'percent' : currency ? 'money' : 'quantity';
  // Round numbers are read as rounded ("520 million", "60,000"), but a small count is exact: "20 data centres".
  const rounded = scale > 1 || base >= 1000;
  const trailingZeros = rounded && !decimals && digits ? (/(0+)$/.exec(digits.replace(/,/g, ''))?.[1]?.length ?? 0) : 0;
  const value: NumericValue = {
    kind,
    start: m.index,
    end: m.index + text.length,
    text,
    amount: round(base * scale),
    comparator: comparatorOf(comparatorWords),
    precision: scale * 10 ** (decimals ? -decimals : Math.min(trailingZeros, Math.max(0, Math.log10(base) | 0))),
  };
  if (currency && !percent) value.currency = currency;
  return value;
}

/** Handles "2.97 billion yuan (US$447 million)": the bracketed amount is the same sum converted. */
function attachEquivalent(sentence: string, value: NumericValue): void {
  if (value.kind !== 'money') return;
  // A conversion follows at once: a few dozen characters are enough to read it.
  const after = sentence.slice(value.end, value.end + 60);
  const or = OR_CONVERTED.exec(after);
  const bracket = or ? null : BRACKETED.exec(after);
  const offset = or ? or[0].length : bracket ? bracket[0].indexOf('(') + 1 : -1;
  if (offset < 0) return;
  const words = or ? after.slice(offset) : (bracket?.[1] ?? '');
  const inner = findValues(words)[0];
  // After "or" the sum opens what follows, in another currency; in brackets it is all there is.
  const fits = or
    ? inner?.start === 0 && inner.currency !== value.currency
    : inner?.text.length === words.trim().length;
  if (inner?.kind !== 'money' || !inner.currency || !fits) return;
  const start = value.end + offset;
  value.equivalent = {
    amount: inner.amount,
    currency: inner.currency,
    text: inner.text,
    start,
    end: start + inner.text.length,
  };
}

/** Where a value's words end, with a converted sum after it and that sum's closing bracket. */
export function valueEnd(sentence: string, value: NumericValue): number {
  if (!value.equivalent) return value.end;
  return value.equivalent.end + (sentence[value.equivalent.end] === ')' ? 1 : 0);
}

function lookup(table: [string, string][], key: string): string | undefined {
  return table.find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
}

/** Rounds away binary noise (2.97 × 1e9 = 2970000000.0000005). */
function round(n: number): number {
  return Number(n.toPrecision(12));
}
