import type { Fact } from '../factbase/schema';
import { STOPWORDS, stem, words } from '../qa/lexicon';

// Words that make one measure another: monthly active users are not annual consumers, domestic
// revenue is not international revenue, a net profit is not an operating one. A page's figure is
// held against a fact only when they qualify the measure alike.

/** Qualifiers of a measure, each with the others of its class that it rules out. */
const CLASSES: readonly (readonly string[])[] = [
  ['daily', 'weekly', 'monthly', 'quarterly', 'annual'],
  ['total', 'domestic', 'international', 'overseas', 'foreign', 'cross-border'],
  ['net', 'gross', 'operating', 'adjusted'],
  // The tranches of a share offering: the retail one's demand is not the institutional one's.
  ['retail', 'institutional'],
  ['active', 'paying', 'registered', 'transacting', 'unique', 'cumulative'],
];
/** Classes whose words rule each other out; activity words ("active", "paying") may stand together. */
const EXCLUSIVE = new Set(CLASSES.slice(0, 4));
const SAME_WORD: ReadonlyMap<string, string> = new Map([
  ['annually', 'annual'],
  ['yearly', 'annual'],
  ['abroad', 'overseas'],
]);
const CLASS_OF = new Map(CLASSES.flatMap((c) => c.map((w) => [w, c] as const)));

/** "gross merchandise volume" and "GMV" are one word to compare; so are the names of a company's worth. */
const PHRASES: [RegExp, string][] = [
  [/\bgross\s+merchandise\s+(?:volume|value)\b/gi, 'GMV'],
  [/\binitial\s+public\s+offering\b/gi, 'IPO'],
  [/\bmarket\s+(?:value|capitali[sz]ation|cap)\b/gi, 'valuation'],
];

/**
 * The qualifiers a text gives a measure, in lower case: a word counts only in lower case or opening
 * the text, so "International" inside "Alibaba International Digital Commerce Group" is a name.
 */
export function qualifiersIn(text: string): Set<string> {
  const found = new Set<string>();
  const normal = PHRASES.reduce((t, [pattern, word]) => t.replace(pattern, word), text);
  for (const w of words(normal)) {
    const lower = w.word.toLowerCase();
    const word = SAME_WORD.get(lower) ?? lower;
    if (!CLASS_OF.has(word)) continue;
    if (w.word !== lower && normal.slice(0, w.start).trim() !== '') continue;
    found.add(word);
  }
  return found;
}

/** A figure the article does not qualify is its total: "a total of 140,000 brands" is the article's "140,000 brands". */
export const WHOLE = 'total';

/** Whether `a` qualifies a measure in a way `b` rules out: "monthly" where `b` says "annual" and not "monthly". */
export function conflict(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const word of a) {
    const cls = CLASS_OF.get(word);
    if (!cls || !EXCLUSIVE.has(cls) || b.has(word)) continue;
    if ([...b].some((other) => CLASS_OF.get(other) === cls)) return true;
  }
  return false;
}

/** The clause of a sentence around a span: between the commas, semicolons, dashes or brackets. */
export function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(...[',', ';', '—', '–', '(', ':'].map((c) => before.lastIndexOf(c))) + 1;
  const after = text.slice(end).search(/[,;—–):]/);
  return text.slice(from, after < 0 ? text.length : end + after);
}

/**
 * What a fact qualifies its measure with: `own`, its unit and attribute ("60,000 international
 * brands"); `clause`, those and any in its value's clause ("Annual active consumers … reached").
 */
export function factQualifiers(fact: Fact): { own: Set<string>; clause: Set<string> } {
  let found = FACT_QUALIFIERS.get(fact);
  if (!found) {
    const unit = fact.value.kind === 'quantity' ? fact.value.unit : '';
    const { text, start } = fact.quote;
    const clause = clauseAround(text, fact.evidence.start - start, fact.evidence.end - start);
    const own = new Set([...qualifiersIn(unit), ...qualifiersIn(fact.attribute)]);
    found = { own, clause: new Set([...own, ...qualifiersIn(clause)]) };
    FACT_QUALIFIERS.set(fact, found);
  }
  return found;
}
const FACT_QUALIFIERS = new WeakMap<Fact, { own: Set<string>; clause: Set<string> }>();

/** The content words of a fact's sentence, stemmed, for asking whether it says a page's words. */
function quoteStems(fact: Fact): Set<string> {
  let found = QUOTE_STEMS.get(fact);
  if (!found) {
    found = new Set(stemsIn(fact.quote.text));
    QUOTE_STEMS.set(fact, found);
  }
  return found;
}
const QUOTE_STEMS = new WeakMap<Fact, Set<string>>();

/** Content words, stemmed, with each part of a hyphenated word too ("third-party" → third, party). */
export function stemsIn(text: string): string[] {
  return words(PHRASES.reduce((t, [pattern, word]) => t.replace(pattern, word), text))
    .flatMap((w) => (w.word.includes('-') ? [w.word, ...w.word.split('-')] : [w.word]))
    .filter((w) => w !== '' && !STOPWORDS.has(w.toLowerCase()))
    .map(stem);
}

/**
 * Words business news uses for one measure, beyond the answer engine's groups (`stem` already folds
 * "consumers" into "users", "sales" into "transactions" and "IPO" into "listing"): a page may say
 * "users" where the article says "recipients", "revenue" where it says "sales".
 */
const ALIKE: readonly (readonly string[])[] = [
  ['users', 'recipients'],
  ['countries', 'markets'],
  ['separate', 'independent', 'standalone'],
  ['revenue', 'sales'],
  ['stake', 'shares', 'holding'],
];
const ALIKE_OF = new Map<string, Set<string>>();
for (const group of ALIKE) {
  const stems = group.map((w) => stemsIn(w)[0] ?? w);
  for (const s of stems) ALIKE_OF.set(s, new Set([...(ALIKE_OF.get(s) ?? []), ...stems]));
}

/** Whether a fact's sentence says every one of a page's measure words, itself or in a word alike. */
export function saysWords(fact: Fact, claimWords: readonly string[]): boolean {
  const quote = quoteStems(fact);
  return claimWords.every((w) => quote.has(w) || [...(ALIKE_OF.get(w) ?? [])].some((a) => quote.has(a)));
}
