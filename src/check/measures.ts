import { attributeOf, PART_COUNT } from '../factbase/attributes';
import type { Fact } from '../factbase/schema';
import { ADDED_COUNT, FALL, FLOW_MEASURE, RATIO, RISE } from '../factbase/value-words';
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

/** Words as written, lower case and singular ("data centres" → data, centre), without folding synonyms together. */
function plainWords(text: string): string[] {
  return words(text)
    .map((w) => w.word.toLowerCase())
    .filter((w) => !STOPWORDS.has(w))
    .map((w) =>
      w
        .replace(/ies$/, 'y')
        .replace(/(?:ers|res)$/, (m) => m.slice(0, -1))
        .replace(/(?<=[^s])s$/, '')
        .replace(/center$/, 'centre'),
    );
}
/**
 * Count nouns that name the same thing in business news, as written: a company's "markets" are the
 * countries it sells in; the EU's Digital Services Act counts a platform's users as "recipients".
 */
const SAME_PLAIN: ReadonlyMap<string, readonly string[]> = new Map([
  ['market', ['country']],
  ['country', ['market']],
  ['recipient', ['user']],
]);
/** The same, stemmed. */
const SAME_UNIT: ReadonlyMap<string, readonly string[]> = new Map(
  [...SAME_PLAIN].map(([noun, same]) => [stem(noun), same.map(stem)]),
);

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
/** Words of a purchase: what was paid is its price. */
const PAID = /\b(?:paid|pay|pays|paying|bought|buy|buys|purchas\w*|acquir\w*|took\s+control)\b/i;
/** Other words for an attribute's word, read on the page's sentence as written. */
const SAID_AS: ReadonlyMap<string, RegExp> = new Map([
  [EMPLOYEES, EMPLOYS],
  // "holds 30 per cent of China's mobile payments market" is a market share, and so is "three in ten
  // of" its users; "shares were priced at" is a share price.
  [
    stem('share'),
    new RegExp(`(?:per\\s?cent|percent|%|half|third|quarter|\\b${RATIO})\\s+of\\b|\\bshares?\\b[^.]{0,40}\\bpric`, 'i'),
  ],
  // "brought in US$434 million", "took in", "booked": revenue; a company's sales are its revenue too.
  [stem('revenue'), /\b(?:br(?:ought|ings?)|t(?:ook|akes?))\s+in\b|\bbooked\b|\b(?:sales|turnover)\b/i],
  // "paid about US$1.5 billion for its stake": the price of a purchase.
  [stem('acquisition'), PAID],
  [stem('price'), PAID],
  // "owns about 64% of Cainiao", "holds a third of", "its shareholding": a stake.
  [
    stem('stake'),
    /\b(?:owns?|owned|owning|holds?|held|holding)\b[^.]{0,30}?(?:per\s?cent|percent|%|half|third|quarter)\s+of\b|\bshareholding\b/i,
  ],
  // "an antitrust fine", "penalty", "was fined".
  [stem('fine'), /\b(?:fin(?:e|ed|es)|penalt(?:y|ies))\b/i],
]);
/** A company's "sales" are its revenue ("AIDC's sales grew 44%"); an event's sales are its GMV, which "revenue" is not. */
const SALES_AS_REVENUE = /\brevenues?\b/i;
/** A listing's or a round's funding is what it "raised"; an investment someone made is not. */
const FUNDING = stem('funding');
const RAISED = /\b(?:rais(?:e|ed|es|ing)|fundrais\w*)\b/i;
/** The ways a page says the relation a date is of: "bought a controlling stake in" is "took control of". */
const RELATION_SAID: ReadonlyMap<string, RegExp> = new Map([
  [
    'took control of',
    /\b(?:took|take[sn]?|taking|gained|acquired)\s+(?:full\s+)?control\b|\b(?:controlling|majority)\s+stake\b|\bacquired\s+\p{Lu}/u,
  ],
  ['acquired', /\b(?:acquir\w*|bought|buys?|purchas\w*|took\s+over)\b/i],
  ['bought stake in', /\b(?:acquir\w*|bought|buys?|purchas\w*|took|raised|increased|lifted)\b[^.]{0,40}\bstake\b/i],
]);

const DIRECTION = new Map([
  [stem('growth'), RISE],
  [stem('decline'), FALL],
  // "adding $32 billion to its market value" is a valuation gain; "wiping $62 billion off it", a loss.
  [stem('gain'), RISE],
  [stem('loss'), FALL],
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

/**
 * Whether the sentence says each word of an attribute: a direction by any word for it (the other
 * direction too when `either`: "fell 3%" speaks to a growth of 3%, and rules it out), a company's
 * "sales" as its revenue.
 */
function saysAll(
  attribute: readonly string[],
  sentence: string,
  stems: ReadonlySet<string>,
  raw = '',
  either = false,
): boolean {
  return attribute.every((s) => {
    // A loss is a direction only for what a company is worth ("wiping $62 billion off its value");
    // a net loss is an amount the page states as it is ("its net loss was 20 billion yuan").
    const direction = s === LOSS && !attribute.includes(VALUATION) ? undefined : DIRECTION.get(s);
    if (direction) return direction.test(sentence) || (either && (direction === RISE ? FALL : RISE).test(sentence));
    if (s === SALES && /\bsales\b/i.test(raw) && SALES_AS_REVENUE.test(sentence)) return true;
    if (s === FUNDING && /\bfunding\b/i.test(raw) && RAISED.test(sentence)) return true;
    return stems.has(s) || (SAID_AS.get(s)?.test(sentence) ?? false);
  });
}
const SALES = stem('sales');
const LOSS = stem('loss');
const VALUATION = stem('valuation');

/** Changes in a company's accounts, which a page may state the wrong way round ("revenue fell 3%"); not a share price's daily moves. */
const FLOW_CHANGE = new RegExp(`\\b${FLOW_MEASURE}\\s+(?:growth|decline)\\b`, 'i');

/** Whether a page's sentence moves a figure against the direction of a fact's change: "fell 3%" against growth of 3%. */
export function against(fact: Fact, sentence: string): boolean {
  const moved = stemsOf(fact.attribute)
    .map((s) => DIRECTION.get(s))
    .find(Boolean);
  if (!moved || !FLOW_CHANGE.test(fact.attribute)) return false;
  const other = moved === RISE ? FALL : RISE;
  return other.test(sentence) && !moved.test(sentence);
}

/** How well a fact's measure fits a time the sentence states; undefined when it does not. */
export function timeFit(fact: Fact, sentence: string, stems: ReadonlySet<string>): number | undefined {
  // A time is checked against a date fact ("founded: 2009") or the date of a relation
  // ("merged with helloPay, April 2017") whose other party the sentence names too.
  const kind = fact.value.kind;
  if (kind !== 'date' && !(kind === 'relation' && fact.period)) return undefined;
  const { attribute } = measure(fact);
  const said = BEGINNING.has(fact.attribute) ? BEGAN : RELATION_SAID.get(fact.attribute);
  if (said ? !said.test(sentence) : !saysAll(attribute, sentence, stems)) return undefined;
  if (fact.value.kind === 'relation' && !stemsOf(fact.value.object).some((s) => stems.has(s))) return undefined;
  return attribute.length;
}

/** A sum given for each of several parts: "in each city", "each", "apiece". */
const EACH = /^[^,.;:]{0,30}\b(?:each|apiece)\b/i;
const EACH_SAID = /\b(?:each|apiece|every)\b|\bper\s+(?!cent\b)/i;
/** The words of a fact's sentence after its value. */
const afterEvidence = (fact: Fact) => fact.quote.text.slice(fact.evidence.end - fact.quote.start);

/** The attribute of a count of what was added ("stores added"), and the page's words for one. */
const ADDED = /\badded$/;
const ADD = stem('added');

/** "to" before a page's sum: the level a change came to. */
const LEVEL_BEFORE = /\bto\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?$/i;

/** "of which", "of them" after an article's share: a part of the things it has just counted. */
const OF_WHICH = /^\s*of\s+(?:which|whom|them|these|those)\b/i;
/** "of" after a share: the page's figure is a part of what follows ("60 per cent of sales"). */
const PART_OF = /^\s*(?:\)\s*)?of\b/i;

/** How well a fact's measure fits a number the sentence states; undefined when it does not. */
export function numberFit(
  fact: Fact,
  number: NumericValue,
  sentence: string,
  stems: ReadonlySet<string>,
): number | undefined {
  if (number.kind !== fact.value.kind) return undefined;
  const { attribute: measured, unit } = measure(fact);
  let attribute = measured;
  if (number.kind === 'quantity') {
    // "four other markets", "10 million new users": a part or a change, never the whole count; what
    // was added ("100 new stores") is the article's count of what was added, which no total meets.
    const added = ADDED.test(fact.attribute);
    if (added !== ADDED_COUNT.test(sentence.slice(number.end))) return undefined;
    if (!added && PART_COUNT.test(sentence.slice(number.end))) return undefined;
    if (added) attribute = attribute.filter((s) => s !== ADD);
    // The count's own noun must be the fact's unit: "15 data centres", not "15 countries"; and word
    // for word, not by the answer engine's wide groups ("27 members" are not "60,000 people").
    const near = new Set(stemsOf(sentence.slice(number.end)).slice(0, UNIT_WINDOW));
    const head = unit[unit.length - 1];
    const plainNear = new Set(plainWords(sentence.slice(number.end)).slice(0, UNIT_WINDOW));
    const plainHead = plainWords(fact.value.kind === 'quantity' ? fact.value.unit : '').at(-1) ?? '';
    const plainSame = (SAME_PLAIN.get(plainHead) ?? []).some((w) => plainNear.has(w));
    if (!plainNear.has(plainHead) && !plainSame && !(stem(plainHead) === EMPLOYEES || attribute.includes(EMPLOYEES)))
      return undefined;
    // A page that says whom a company employs speaks of its staff, not of people it counts otherwise.
    if (EMPLOYS.test(sentence) && !attribute.includes(EMPLOYEES) && !unit.includes(EMPLOYEES)) return undefined;
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
  // "more than 80% of which were new to China": a share of the things counted before it, no one's stake.
  if (number.kind === 'percent' && OF_WHICH.test(afterEvidence(fact))) return undefined;
  // "raising US$17.2 billion in each city" is one part's: a page must say it of each part too.
  if (EACH.test(afterEvidence(fact)) && !EACH_SAID.test(sentence)) return undefined;
  // "70 per cent of Hema's sales" is a part of a whole, never how far a figure moved.
  if (number.kind === 'percent' && attribute.some((s) => DIRECTION.has(s)) && PART_OF.test(sentence.slice(number.end)))
    return undefined;
  // "expanded the programme to $40 billion" states where a sum ended, not by how much it moved.
  if (
    number.kind === 'money' &&
    attribute.some((s) => DIRECTION.has(s)) &&
    LEVEL_BEFORE.test(sentence.slice(0, number.start))
  )
    return undefined;
  // "valued at more than US$300 billion": what a company is worth, which no sum raised or paid is.
  if (
    number.kind === 'money' &&
    !attribute.includes(VALUATION) &&
    attributeOf(sentence, number, 0)?.attribute === 'valuation'
  )
    return undefined;
  const either = number.kind === 'percent' && FLOW_CHANGE.test(fact.attribute);
  return saysAll(attribute, sentence, stems, fact.attribute, either) ? attribute.length : undefined;
}
