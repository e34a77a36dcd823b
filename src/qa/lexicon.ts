import { DEMONYMS } from '../factbase/demonyms';
import { remember } from './remember';
import { GROUPS, phrasesIn } from './synonyms';

export { isNationality } from '../factbase/demonyms';
export { phrasesIn, relatedConcepts } from './synonyms';

/**
 * Words as the answer engine compares them. Questions and sentences go through the same
 * `stem`, so "data centers", "data centres" and "datacentre" meet, and the same `CONCEPTS`, so a
 * question about "shops" finds a sentence about "merchants". The groups are business-news
 * vocabulary, not phrases of any one article.
 */

/** Words that carry no content in a question. */
export const STOPWORDS = new Set(
  `a an the of in on at to for from by with about into as and or but is are was were be been being has have had do does did
  it its this that these those there their they them he she his her we our you your i me my what which who whom whose when
  where why how many much long ago any some all than then so not no yes can could would should will shall may might must
  per cent percent number amount tell me please give say says said according story source article report piece
  currently now today ever also just only very already still more most over under up down whole each every company firm kind type sort
  supposed expected likely due able going through during via within among volume vs versus list`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Concepts that say what an amount is an amount of: money made, lost or paid, people and things
 * counted, rises and falls. A figure answers "how many employees" only if it counts employees.
 */
export const MEASURE_CONCEPTS: ReadonlySet<string> = new Set(
  `revenue transaction profit lose price valuation capitalisation penalty invest raise pay user customer merchant
  brand employee viewer visitor parcel order delivery growth decline stake share centre country currency`.split(/\s+/),
);

/** Words asking what something is called: the answer is a name the sources use, not a word they say. */
export const NAME_WORDS: ReadonlySet<string> = new Set([
  'name',
  'full',
  'official',
  'complete',
  'legal',
  'called',
  'call',
]);

/** Past forms no suffix rule reaches: "paid" is "pay", "bought" is "buy". */
const IRREGULAR = new Map(
  Object.entries({
    paid: 'pay',
    bought: 'buy',
    sold: 'sell',
    made: 'make',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    won: 'win',
    led: 'lead',
    fell: 'fall',
    fallen: 'fall',
    brought: 'bring',
    told: 'tell',
    kept: 'keep',
    met: 'meet',
    sent: 'send',
    spoke: 'speak',
    stood: 'stand',
    thought: 'think',
    went: 'go',
    gone: 'go',
    wrote: 'write',
    written: 'write',
    built: 'build',
    drove: 'drive',
    chose: 'choose',
    drew: 'draw',
    sought: 'seek',
    struck: 'strike',
    left: 'leave',
  }),
);

/** Past forms no "-ed" shows: "Which brands sold…" has its verb after "brands". */
export const PAST_FORMS: readonly string[] = [...IRREGULAR.keys()];

/** Words that end in "s" but are not plurals. */
const SINGULAR_S = new Set([
  'news',
  'series',
  'species',
  'means',
  'physics',
  'economics',
  'politics',
  'lens',
  'always',
  'perhaps',
]);

/** Business acronyms that are ordinary words, not names the sources lack ("IPO", "CEO"). */
export const ACRONYMS: readonly string[] = [
  'ipo',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'gdp',
  'hq',
  'gmv',
  'b2b',
  'b2c',
  'sme',
  'etf',
  'ai',
  'it',
  'pr',
  'app',
  'apps',
  // Measures of results and of shares.
  'ebit',
  'ebita',
  'ebitda',
  'eps',
  'capex',
  'arpu',
  'mau',
  'dau',
  'ads',
  'adr',
  'adrs',
  // Abbreviations people type in queries.
  'max',
  'min',
  'avg',
  'approx',
  'yoy',
];

/** Every word of the synonym groups: ordinary words, never names. */
export const GROUPS_WORDS: readonly string[] = GROUPS.flat();

const CONCEPT = new Map<string, string>();
for (const group of GROUPS) for (const word of group) CONCEPT.set(word, group[0] ?? word);

/** Lower case, no possessive, British spelling of -er/-re words, and plural or tense endings off. */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’ʼ]s$/, '')
    .replace(/['’ʼ]/g, '');
  w = IRREGULAR.get(w) ?? DEMONYMS.get(w) ?? w;
  if (CONCEPT.has(w)) return CONCEPT.get(w) ?? w;
  w = w.replace(/centers?$/, 'centre');
  // American spellings meet British ones: "program" is "programme", "organize" is "organise".
  w = w
    .replace(/^programs?$/, (p) => `programme${p.endsWith('s') ? 's' : ''}`)
    .replace(/(?<=\w{3})iz(?=e|es|ed|ing|ation)/, 'is');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && !SINGULAR_S.has(w)) w = w.slice(0, -1);
  else if (w.length >= 5 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  // "buying", "paying": a verb in -y keeps its y; "adding", "running": see `undouble`.
  else if (w.length >= 6 && (w.endsWith('ying') || /([b-df-hj-np-tv-z])\1ing$/.test(w))) w = undouble(w.slice(0, -3));
  else if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 6 && w.endsWith('ly')) w = w.slice(0, -2);
  const concept = CONCEPT.get(w);
  if (concept) return concept;
  // "close" and "closed" meet at "clos".
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return CONCEPT.get(w) ?? w;
}

/** "dropp" (of "dropped") is "drop", "runn" is "run"; "add" (of "adding") and "pass" stay as they are. */
function undouble(w: string): string {
  return w.length > 3 && /([b-dg-hj-kmnp-rtv-y])\1$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * For a word of a question that is no known word: the group word it misspells, if any ("merchents"
 * → merchant, "contries" → country). Only questions get this: sentences are spelt by editors.
 */
export function nearestConcept(
  word: string,
  distance: (a: string, b: string, limit: number) => number,
): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 5 || CONCEPT.has(lower)) return undefined;
  // People misspell the same words again and again.
  return remember(NEAREST, lower, () => {
    for (const [known, concept] of CONCEPT)
      if (Math.abs(known.length - lower.length) <= 1 && distance(lower, known, 1) <= 1) return concept;
    return undefined;
  });
}

const NEAREST = new Map<string, string | undefined>();

/** The words of a text, with their offsets. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The content terms of a text: stemmed, stopwords out, and the concepts of its phrases ("took over" → succeed). */
export function contentTerms(text: string): string[] {
  return [
    ...words(text)
      .flatMap((w) => (w.word.includes('-') ? [w.word, ...w.word.split('-')] : [w.word]))
      .filter((w) => w !== '' && !STOPWORDS.has(w.toLowerCase()))
      .map(stem),
    ...phrasesIn(text).map((p) => p.concept),
  ];
}

/** Tokenises for MiniSearch: the same words, stemmed; stopwords are dropped by returning null. */
export function processTerm(term: string): string | null {
  return STOPWORDS.has(term.toLowerCase()) ? null : stem(term);
}
