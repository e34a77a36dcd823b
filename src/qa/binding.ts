import { isBaseline, isChangedTo } from '../factbase/sentence-view';
import type { QuestionAnalysis } from './analyse-question';
import { isCatalogId } from './candidates';
import { clauseAround } from './clauses';
import { placeSpans } from './constraints';
import type { NameSpan } from './text-spans';

/** A place named after a preposition: "in Hong Kong", "at the Hong Kong Stock Exchange". */
const PLACE_PREPOSITION = /\b(?:in|at|from|across)\s+(?:the\s+)?$/i;
/** "…US$29.4 billion raised by Saudi Aramco", "…39 per cent for Tencent's WeChat Pay": the value's owner follows. */
const OWNER_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:by|for)\s+$/u;
/** A relative clause on the name before: "JD.com, which …". */
const WHICH_AFTER = /^,\s+which\s/;
/** How much each kind of misfit costs a candidate. */
const COST = {
  otherPlace: 0.6,
  anchorElsewhere: 0.25,
  otherOwner: 0.5,
  relativeOwner: 0.25,
  otherPossessor: 0.25,
  otherCurrency: 0.6,
  baseline: 0.6,
};
/**
 * A question about what was before a change: "What were its voting rights before the overhaul?".
 * Narrower than the engine's HISTORY words: "the first parcel" asks about an early event, not for
 * the figure a change started from (tried: two blind questions lost).
 */
const ASKS_BEFORE = /\b(?:before|previous(?:ly)?|prior|originally|used\s+to|at\s+first)\b/i;

/**
 * What a figure `value` of `text` is worth as an answer for what it is: the one a change starts
 * from ("cut his voting rights from more than 50% to about 6.2%") is what was, not what is; asked
 * what it was before, the one it came to is what is now.
 */
export function baselineWeight(text: string, value: { start: number; end: number }, q: QuestionAnalysis): number {
  const then = ASKS_BEFORE.test(q.question) ? isChangedTo(text, value) : isBaseline(text, value);
  return then ? COST.baseline : 1;
}

/**
 * How much the sentence's form ties a candidate to what was asked, 1 when nothing speaks against it:
 * the place nearest it is the asked place ("HK$80 each in Hong Kong", not "68.8 yuan each in
 * Shanghai"); the names the question gives stand in its clause ("175 million items over its Prime
 * Day" is no answer about Cyber Monday); no other name owns it ("raised by Saudi Aramco"); and it is
 * in the currency asked for, when the question names one. Offsets within the sentence.
 */
export function bindingWeight(
  text: string,
  span: { start: number; end: number },
  names: readonly NameSpan[],
  q: QuestionAnalysis,
  currency?: readonly string[],
): number {
  let weight = 1;
  const [from, to] = clauseAround(text, span.start);
  // The place asked for: a constraint ("in HK"), or a name the question puts after "in" ("in Hong Kong").
  const place =
    q.constraints.place ??
    q.entities.find((e) => !isCatalogId(e.entityId) && PLACE_PREPOSITION.test(q.question.slice(0, e.start)))?.text;
  if (place && !q.constraints.outside) {
    const asked = placeSpans(text, place);
    const places = [
      ...asked,
      ...names.filter((n) => !n.inQuestion && PLACE_PREPOSITION.test(text.slice(Math.max(0, n.start - 12), n.start))),
    ].filter((p) => p.start >= from && p.end <= to);
    // "68.8 yuan each in Shanghai and HK$80 each in Hong Kong": the place after a value is its own.
    const after = places.filter((p) => p.start >= span.end).sort((a, b) => a.start - b.start)[0];
    const nearest = after ?? places.sort((a, b) => gap(span, a) - gap(span, b))[0];
    if (nearest && !asked.some((p) => p.start === nearest.start)) weight *= COST.otherPlace;
  }
  const clauses = from > 0 || to < text.length;
  const anchors = names.filter((n) => n.inQuestion && n.kind === 'external');
  // "Spain is AliExpress's strongest market: the site drew 17 million visitors there": what follows a
  // colon says more of what precedes it.
  const said = /:\s*$/.test(text.slice(0, from)) ? clauseAround(text, from - 2)[0] : from;
  if (clauses && anchors.some((n) => !names.some((m) => m.text === n.text && m.start >= said && m.end <= to)))
    weight *= COST.anchorElsewhere;
  const owner = names.find((n) => !n.inQuestion && n.start >= span.end && n.start - span.end < 40);
  if (owner && OWNER_AFTER.test(text.slice(span.end, owner.start))) weight *= COST.otherOwner;
  // "JD.com, which owns a stake in Yonghui, … reported net revenue of 201.1 billion yuan": the
  // figure of a relative clause is its name's, an outside firm's, unless a name asked about stands
  // before it ("WeChat Work, its enterprise version of WeChat, which had 60 million" is WeChat Work's).
  const relative = names.filter((n) => n.end <= span.start && WHICH_AFTER.test(text.slice(n.end))).at(-1);
  if (
    relative &&
    !relative.inQuestion &&
    relative.kind === 'external' &&
    !names.some((n) => n.inQuestion && n.end <= relative.start)
  )
    weight *= COST.relativeOwner;
  if (q.entities.length > 0 && ownedByAnother(text, span, names, from, q)) weight *= COST.otherPossessor;
  if (q.currency && currency && currency.length > 0 && !currency.includes(q.currency)) weight *= COST.otherCurrency;
  return weight;
}

/**
 * Whether the sentence gives a figure to a name the question does not ask about: a firm's possessive
 * in the same phrase when the question asks about firms outside the catalog ("Alibaba's Hong
 * Kong-listed shares fell 9.8%" is no answer about Tencent; within the catalog a parent's figure may
 * be its unit's), or a name valued at it ("Jefferies puts Cainiao at nearly $20 billion").
 */
function ownedByAnother(
  text: string,
  span: { start: number },
  names: readonly NameSpan[],
  from: number,
  q: QuestionAnalysis,
): boolean {
  const before = names.filter((n) => n.end <= span.start && n.start >= from).at(-1);
  if (!before || before.inQuestion) return false;
  const between = text.slice(before.end, span.start);
  const firm = before.kind !== 'external' && before.kind !== 'person';
  const outsiders = q.entities.every((e) => !isCatalogId(e.entityId));
  return (
    (firm && outsiders && /^['’]s\s[^,;]{0,40}$/u.test(between)) || /^\s+at\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(between)
  );
}

function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}
