import { PART_COUNT } from '../factbase/attributes';
import type { Fact } from '../factbase/schema';
import type { NumericValue } from '../factbase/values';
import { STOPWORDS, stem, words } from '../qa/lexicon';

// Whether a page's value measures what a fact of the article measures: the count's own noun, the
// words of a sum's or a share's attribute, the event a date is of. Business news says the same
// measure in several ways ("first held" for launched, "markets" for countries, "sank" for a
// decline), so a few equivalences are read here, beside the answer engine's synonym groups.

/** How far after a count its unit may stand: "15 data centres", "10 million brick-and-mortar merchants". */
const UNIT_WINDOW = 4;

/** The content words of a text, stemmed, stopwords out. */
export const stemsOf = (text: string): string[] =>
  words(text)
    .map((w) => w.word.toLowerCase())
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);

/** Count nouns that name the same thing in business news: a company's "markets" are the countries it sells in. */
const SAME_UNIT: ReadonlyMap<string, readonly string[]> = new Map([
  [stem('markets'), [stem('countries')]],
  [stem('countries'), [stem('markets')]],
]);
/**
 * Dates of beginnings: a launch and a founding are the same date, however a page words it ("first
 * held"), and only a verb of beginning says it ("order creation in 2016" is no founding).
 */
const BEGINNING = new Set(['launched', 'founded']);
const BEGAN =
  /\b(?:launch(?:ed|es)?|(?:co-)?found(?:ed|s)?|establish(?:ed|es)?|debut(?:ed|s)?|first\s+(?:held|staged|run|took\s+place|organi[sz]ed))\b/i;
/** A company's people are its employees when the page says it employs them ("employs 15,000 people"). */
const EMPLOYEES = stem('employees');
const EMPLOYS = /\b(?:employ\w*|staff\w*|workforce|headcount|workers)\b/i;
/** Other words for an attribute's word, read on the page's sentence as written. */
const SAID_AS: ReadonlyMap<string, RegExp> = new Map([
  [EMPLOYEES, EMPLOYS],
  // "holds 30 per cent of China's mobile payments market" is a market share; "shares were priced at"
  // is a share price.
  [stem('share'), /(?:per\s?cent|percent|%|half|third|quarter)\s+of\b|\bshares?\b[^.]{0,40}\bpric/i],
  // "brought in US$434 million", "took in", "booked": revenue.
  [stem('revenue'), /\b(?:br(?:ought|ings?)|t(?:ook|akes?))\s+in\b|\bbooked\b/i],
]);
/** Words that say which way a figure moved, for shares of growth or decline. */
const UP =
  /\b(?:up|rose|rise[sn]?|grow\w*|grew|grown|gain\w*|jump\w*|climb\w*|surg\w*|soar\w*|increas\w*|higher|doubled)\b/i;
const DOWN =
  /\b(?:down|fell|fall\w*|drop\w*|declin\w*|decreas\w*|slump\w*|shr[ai]nk\w*|plung\w*|sank|sink\w*|slid\w*|tumbl\w*|lost|lower|shed)\b/i;
const DIRECTION = new Map([
  [stem('growth'), UP],
  [stem('decline'), DOWN],
]);

/** What a fact measures: its attribute's stems, and for a count the stems of its unit. */
function measure(fact: Fact): { attribute: string[]; unit: string[] } {
  let found = MEASURES.get(fact);
  if (!found) {
    found = {
      attribute: stemsOf(fact.attribute),
      unit: fact.value.kind === 'quantity' ? stemsOf(fact.value.unit) : [],
    };
    MEASURES.set(fact, found);
  }
  return found;
}
/** Each fact's measure, stemmed once: every value of every sentence is tried against every fact. */
const MEASURES = new WeakMap<Fact, { attribute: string[]; unit: string[] }>();

/** Whether the sentence says each word of an attribute: a direction by any word for it, a beginning by any verb of one. */
function saysAll(attribute: readonly string[], sentence: string, stems: ReadonlySet<string>): boolean {
  return attribute.every((s) => {
    const direction = DIRECTION.get(s);
    if (direction) return direction.test(sentence);
    return stems.has(s) || (SAID_AS.get(s)?.test(sentence) ?? false);
  });
}

/** How well a fact's measure fits a time the sentence states; undefined when it does not. */
export function timeFit(fact: Fact, sentence: string, stems: ReadonlySet<string>): number | undefined {
  // A time is checked against a date fact ("founded: 2009") or the date of a relation
  // ("merged with helloPay, April 2017") whose other party the sentence names too.
  const kind = fact.value.kind;
  if (kind !== 'date' && !(kind === 'relation' && fact.period)) return undefined;
  const { attribute } = measure(fact);
  if (BEGINNING.has(fact.attribute) ? !BEGAN.test(sentence) : !saysAll(attribute, sentence, stems)) return undefined;
  if (fact.value.kind === 'relation' && !stemsOf(fact.value.object).some((s) => stems.has(s))) return undefined;
  return attribute.length;
}

/** How well a fact's measure fits a number the sentence states; undefined when it does not. */
export function numberFit(
  fact: Fact,
  number: NumericValue,
  sentence: string,
  stems: ReadonlySet<string>,
): number | undefined {
  if (number.kind !== fact.value.kind) return undefined;
  const { attribute, unit } = measure(fact);
  if (number.kind === 'quantity') {
    // "four other markets", "10 million new users": a part or a change, never the whole count.
    if (PART_COUNT.test(sentence.slice(number.end))) return undefined;
    // The count's own noun must be the fact's unit: "15 data centres", not "15 countries".
    const near = new Set(stemsOf(sentence.slice(number.end)).slice(0, UNIT_WINDOW));
    const head = unit[unit.length - 1];
    // An attribute that names more than the unit ("employees" of "16,000 people") must be said too,
    // and may be the page's own noun ("16,000 employees").
    const named = attribute.every((s) => unit.includes(s));
    const nouns = named ? [head] : [head, attribute.at(-1)];
    const isNear = (noun: string | undefined) =>
      !!noun && (near.has(noun) || (SAME_UNIT.get(noun)?.some((s) => near.has(s)) ?? false));
    if (!head || !nouns.some(isNear)) return undefined;
    if (!named && !saysAll(attribute, sentence, stems)) return undefined;
    return unit.filter((s) => near.has(s) || stems.has(s)).length / unit.length;
  }
  // Money and shares: every word of what they measure is in the sentence ("revenue growth"), a
  // change in the direction the fact moved ("shares sank 15%" is no growth). A sum the article
  // does not name ("amount") measures nothing a page could claim.
  if (attribute.length === 0) return undefined;
  return saysAll(attribute, sentence, stems) ? attribute.length : undefined;
}
