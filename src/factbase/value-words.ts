import type { Comparator } from './schema';

// The words of numbers in business news: comparators, scales, currencies and numbers written out.
// `values.ts` reads them; they are data, kept apart from the reading.

/** Words before a number that say how it relates to the true one, and verbs that say the same. */
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
/** `COMPARATORS` looked up by their words. */
export const COMPARATOR_BY_WORDS = new Map(COMPARATORS);

/** Scale words and abbreviations after a number, and what they multiply it by. */
export const SCALES: Record<string, number> = {
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
export const CURRENCY_PREFIX: [string, string][] = [
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
export const CURRENCY_SUFFIX: [string, string][] = [
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

/** Numbers written as words, before a scale ("one million", "half a billion") or a noun. */
export const WORD_NUMBERS: Record<string, number> = {
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a hundred': 100,
  // Only before a scale: "half a billion".
  'half a': 0.5,
};

/** Fractions before "of", as percentages ("more than half of"). */
export const FRACTIONS: Record<string, number> = {
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

/**
 * What a company reports for an accounting period and adds up over it ("revenue", "net loss",
 * "EBITA"), as a regular-expression alternative for the readers that look for results.
 */
export const FLOW_MEASURE =
  '(?:revenues?|sales|turnover|profits?|loss(?:es)?|income|earnings|EBITDA|EBITA|EBIT|GMV|(?:free\\s+)?cash\\s+flow)';

/**
 * Words that say a figure rose or fell. "Up" and "down" count only on their own: "online orders make
 * up 70%" says no rise, "regulators cracked down" no fall. The checker holds a page's direction
 * against a fact's change with them.
 */
export const RISE =
  /\b(?:(?<!\b(?:mak\w*|made|set\w*|sign\w*|pick\w*|t[ao]k\w*|took|end\w*|show\w*|open\w*|team\w*|lin(?:e[sd]?|ing)|ti(?:e[sd]?|ying)|sum\w*|back\w*|br[eo]ak\w*|by|of|for|at|with|in)\s+)up|rose|rise[sn]?|risen|grow\w*|grew|grown|gain\w*|jump\w*|climb\w*|surg\w*|soar\w*|increas\w*|expand\w*|rebound\w*|advanc\w*|higher|doubled|add(?:ed|ing|s)?)\b/i;
export const FALL =
  /\b(?:(?<!\b(?:crack\w*|clamp\w*|step\w*|shut\w*|br[eo]ak\w*|turn\w*|play\w*|hand\w*|track\w*|ton\w*|settl\w*|calm\w*)\s+)down|fell|fall\w*|drop\w*|declin\w*|decreas\w*|slump\w*|shr[ai]nk\w*|plung\w*|sank|sink\w*|slid\w*|slipp\w*|dipp\w*|eased|tumbl\w*|lost|lower\w*|shed|wip(?:ed|ing|es?)|eras\w*|cut|cuts|cutting|slash\w*|reduc\w*)\b/i;

/** Words after a count that make it what was added: "10,000 extra servers", "10 million new users". */
export const ADDED_COUNT = /^\s+(?:more|new|additional|further|extra)\s+/i;

/** "That is up 26 per cent…", "The total … was up 85.6%": a sentence about the figure of the one before. */
export const POINTS_BACK =
  /^[\s“"‘']*(?:(?:that|this|these|it)\s+(?:is|was|are|were|marks|marked|represents|represented)|the\s+(?:total|figure|sum|tally|number|amount))\b/i;

/**
 * A share said as a ratio, "three in ten", "one out of five": the part (group 1) and the whole
 * (group 2). Values, page sentences that may be claims and the checker's share words all read it.
 */
export const RATIO =
  '(one|two|three|four|five|six|seven|eight|nine|\\d)\\s+(?:in|out\\s+of)\\s+(two|three|four|five|six|seven|eight|nine|ten|twenty|\\d{1,3})\\b';
