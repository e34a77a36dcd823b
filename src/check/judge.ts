import { describeValue } from '../factbase/describe';
import type { Fact, FactValue } from '../factbase/schema';
import { findValues, type NumericValue } from '../factbase/values';
import { type StatedValue, sameTime } from './find-claims';
import { apart, disjoint, type Interval, intervalOf, isoRange, timeRange, within } from './intervals';
import { rangesOf } from './ranges';

/** What the checker says of a claim. */
export type Verdict = 'supported' | 'contradicted' | 'unverifiable';

/** A stated value held against one fact: the verdict, why, and the fact. */
export interface Judged {
  verdict: Verdict;
  reason: string;
  fact: Fact;
  /** Set when the fact holds for another time than the page's. */
  otherTime?: boolean;
}

/** A value as a range, in `currency` when money; undefined when it cannot be put in that currency. */
function rangeOf(value: FactValue, currency?: string): Interval | undefined {
  if (value.kind === 'date') return isoRange(value.date);
  if (value.kind === 'relation') return undefined;
  if (value.kind !== 'money' || !currency || value.currency === currency) return intervalOf(value);
  // Different currencies are compared only where the source states both.
  if (value.equivalent?.currency === currency) {
    // The conversion as the source writes it, with its own precision ("US$447 million": to the million).
    const written = findValues(value.equivalent.text)[0];
    return intervalOf({ ...value, amount: value.equivalent.amount, precision: written?.precision ?? value.precision });
  }
  return undefined;
}

/** The range a stated value covers, in the terms `rangeOf` gives the fact in. */
function claimedRange(value: StatedValue, flipped = false): Interval {
  if (value.kind === 'time') return timeRange(value.time);
  const range = value.range ?? intervalOf(value.number);
  // "fell 3%" against a growth: the same change below zero.
  return flipped ? { low: -range.high, high: -range.low } : range;
}

/** What the source says of a fact: its value, and its time when it has one. */
function sourceRange(fact: Fact, value: StatedValue): Interval | undefined {
  if (fact.value.kind === 'relation') return fact.period ? isoRange(fact.period.from, fact.period.to) : undefined;
  const currency = value.kind === 'number' ? value.number.currency : undefined;
  const own = fact.value.kind !== 'money' || !currency || fact.value.currency === currency;
  return (own ? rangeInQuote(fact) : undefined) ?? rangeOf(fact.value, currency);
}

/** The range a fact's value closes in its sentence ("in 10 to 30 minutes" for "30"), if it closes one. */
function rangeInQuote(fact: Fact): Interval | undefined {
  if (fact.value.kind === 'date' || fact.value.kind === 'relation') return undefined;
  const { text, start } = fact.quote;
  const at = fact.evidence.start - start;
  return rangesOf(text, findValues(text)).find((r) => r.range && r.number.start < at && r.end > at)?.range;
}

/** An "about" or "nearly" figure of the source as written, to its own precision; undefined for any other. */
function writtenRange(fact: Fact, value: StatedValue): Interval | undefined {
  const v = fact.value;
  if (v.kind === 'date' || v.kind === 'relation' || (v.comparator !== 'about' && v.comparator !== 'nearly'))
    return undefined;
  const written = { ...fact, value: { ...v, comparator: 'exact' as const } };
  return sourceRange(written, value);
}

/** A fact's cap and the page's, each as the figure it is, when the fact too says "up to" in the page's currency. */
function capOf(fact: FactValue, page: NumericValue): { stated: Interval; claimed: Interval } | undefined {
  if (fact.kind === 'date' || fact.kind === 'relation' || fact.comparator !== 'up-to') return undefined;
  if (fact.kind === 'money' && page.currency && fact.currency !== page.currency) return undefined;
  return {
    stated: intervalOf({ ...fact, comparator: 'exact' }),
    claimed: intervalOf({ ...page, comparator: 'exact' }),
  };
}

/** "the article says more than 520 million users (2017)". */
export function saysOf(fact: Fact): string {
  const said = fact.value.kind === 'relation' ? `${fact.attribute} ${fact.value.object}` : describeValue(fact.value);
  return `the article says ${said}${fact.period ? ` (${fact.period.label})` : ''}`;
}

/** Compares a stated value with one fact of the source, by value, time and currency alone. */
export function judge(
  value: StatedValue,
  page: string,
  fact: Fact,
  when: { range: Interval; label: string } | undefined,
  held: Interval | undefined,
  flipped = false,
): Judged {
  const says = saysOf(fact);
  const verdict = (v: Verdict, reason: string): Judged => ({ verdict: v, reason, fact });
  if (when && value.kind === 'number' && held && !sameTime(when.range, held, fact))
    return {
      ...verdict('unverifiable', `The page speaks of ${when.label}; ${says}, for another time.`),
      otherTime: true,
    };
  // "Up to 10%" against "up to 7.6%": two caps, each a figure in its own right, compared as written.
  const cap =
    value.kind === 'number' && value.number.comparator === 'up-to' ? capOf(fact.value, value.number) : undefined;
  const stated = cap?.stated ?? sourceRange(fact, value);
  if (!stated) return verdict('unverifiable', `The page gives another currency; ${says}.`);
  const claimed = cap?.claimed ?? claimedRange(value, flipped);
  // "About 16.5 billion" is loose enough that no page's figure near it is ruled out, but it still
  // means 16.5 billion as written: it supports "more than 16 billion".
  const meant = cap ? undefined : writtenRange(fact, value);
  if (within(stated, claimed) || (meant && within(meant, claimed)))
    return verdict('supported', `${capitalise(says)}, which fits “${page}”.`);
  // One rounded number against another: "600 million" is not "500 million", though they touch at 550 million.
  const ruledOut = value.kind === 'number' && !value.range ? apart : disjoint;
  if (ruledOut(stated, claimed)) return verdict('contradicted', `${capitalise(says)}, which rules out “${page}”.`);
  return verdict('unverifiable', `${capitalise(says)}, which neither confirms nor rules out “${page}”.`);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
