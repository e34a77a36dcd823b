import type { Comparator } from './schema';

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

const COMPARATORS: [string, Comparator][] = [
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['in excess of', 'more-than'],
  ['upwards of', 'more-than'],
  ['just over', 'more-than'],
  // Verbs that say the same: "sales topped $20 billion".
  ['topped', 'more-than'],
  ['exceeded', 'more-than'],
  ['exceeds', 'more-than'],
  ['surpassed', 'more-than'],
  ['surpasses', 'more-than'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['as many as', 'up-to'],
  ['as much as', 'up-to'],
  ['up to', 'up-to'],
  ['about', 'about'],
  ['around', 'about'],
  ['some', 'about'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['an estimated', 'about'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['just under', 'nearly'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
];
const COMPARATOR_BY_WORDS = new Map(COMPARATORS);

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
  dozen: 12,
  lakh: 1e5,
  crore: 1e7,
};

/** Currency symbols and codes written before the number; longer ones first. */
const CURRENCY_PREFIX: [string, string][] = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['NT$', 'TWD'],
  ['NZ$', 'NZD'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['USD', 'USD'],
  ['HKD', 'HKD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['INR', 'INR'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
  ['RM', 'MYR'],
  ['₹', 'INR'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'CNY'],
  ['$', 'USD'],
];
/** Currency words written after the number. */
const CURRENCY_SUFFIX: [string, string][] = [
  ['us dollars', 'USD'],
  ['hong kong dollars', 'HKD'],
  ['dollars', 'USD'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rmb', 'CNY'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['pounds', 'GBP'],
  ['rupees', 'INR'],
  ['ringgit', 'MYR'],
  ['yen', 'JPY'],
  ['won', 'KRW'],
  ['baht', 'THB'],
  ['pesos', 'PHP'],
  ['rupiah', 'IDR'],
];

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  a: 1,
  an: 1,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a hundred': 100,
  // Only before a scale: "half a billion".
  'half a': 0.5,
};
const FRACTIONS: Record<string, number> = {
  half: 50,
  'a half': 50,
  'a third': 100 / 3,
  'one third': 100 / 3,
  'two-thirds': 200 / 3,
  'two thirds': 200 / 3,
  'a quarter': 25,
  'one quarter': 25,
  'three-quarters': 75,
  'three quarters': 75,
};

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
const BRACKETED = /^\s*\(([^()]{1,40})\)/;

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
  const fraction = new RegExp(FRACTION);
  for (let m = fraction.exec(sentence); m; m = fraction.exec(sentence)) {
    const words = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length - 'of'.length - 1;
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
  return values.sort((a, b) => a.start - b.start);
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
  const bracket = BRACKETED.exec(sentence.slice(value.end));
  if (!bracket) return;
  const inner = findValues(bracket[1] ?? '')[0];
  if (inner?.kind !== 'money' || !inner.currency || inner.text.length !== (bracket[1] ?? '').trim().length) return;
  const start = value.end + bracket[0].indexOf('(') + 1;
  value.equivalent = {
    amount: inner.amount,
    currency: inner.currency,
    text: inner.text,
    start,
    end: start + inner.text.length,
  };
}

function lookup(table: [string, string][], key: string): string | undefined {
  return table.find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
}

/** Rounds away binary noise (2.97 × 1e9 = 2970000000.0000005). */
function round(n: number): number {
  return Number(n.toPrecision(12));
}
