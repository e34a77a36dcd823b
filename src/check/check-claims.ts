import { describeValue } from '../factbase/describe';
import type { Fact, FactBase, FactValue } from '../factbase/schema';
import { findValues } from '../factbase/values';
import { stem, words } from '../qa/lexicon';
import type { Matcher } from '../spot/match-aliases';
import { createClaimFinder, type StatedValue, sameTime } from './find-claims';
import { disjoint, type Interval, intervalOf, isoRange, timeRange, within } from './intervals';

export type Verdict = 'supported' | 'contradicted' | 'unverifiable';

/** A checked claim: a sentence of the page, the value it states, and what the source says of it. */
export interface Claim {
  /** Which of the given sentences it is in, and where its value stands in that sentence. */
  sentence: number;
  start: number;
  end: number;
  /** The sentence itself. */
  text: string;
  entityId: string;
  attribute: string;
  /** The value as the page states it ("more than 500 million users"). */
  value: string;
  verdict: Verdict;
  /** Why, in plain words. */
  reason: string;
  /** The fact that decides it. */
  fact: { quote: string; passageId: string; paragraph: number; value: string; start: number; end: number };
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
function claimedRange(value: StatedValue): Interval {
  return value.kind === 'number' ? intervalOf(value.number) : timeRange(value.time);
}

/** What the source says of a fact: its value, and its time when it has one. */
function sourceRange(fact: Fact, value: StatedValue): Interval | undefined {
  if (fact.value.kind === 'relation') return fact.period ? isoRange(fact.period.from, fact.period.to) : undefined;
  const currency = value.kind === 'number' ? value.number.currency : undefined;
  return rangeOf(fact.value, currency);
}

/** Compares a stated value with one fact of the source. */
function judge(
  value: StatedValue,
  page: string,
  fact: Fact,
  when: { range: Interval; label: string } | undefined,
  held: Interval | undefined,
): { verdict: Verdict; reason: string } {
  const said = fact.value.kind === 'relation' ? `${fact.attribute} ${fact.value.object}` : describeValue(fact.value);
  const says = `the article says ${said}${fact.period ? ` (${fact.period.label})` : ''}`;
  if (when && value.kind === 'number' && held && !sameTime(when.range, held, fact))
    return { verdict: 'unverifiable', reason: `The page speaks of ${when.label}; ${says}, for another time.` };
  const stated = sourceRange(fact, value);
  if (!stated) return { verdict: 'unverifiable', reason: `The page gives another currency; ${says}.` };
  const claimed = claimedRange(value);
  if (within(stated, claimed)) return { verdict: 'supported', reason: `${capitalise(says)}, which fits “${page}”.` };
  if (disjoint(stated, claimed))
    return { verdict: 'contradicted', reason: `${capitalise(says)}, which rules out “${page}”.` };
  return { verdict: 'unverifiable', reason: `${capitalise(says)}, which neither confirms nor rules out “${page}”.` };
}

/**
 * One verdict from facts that speak equally well to a value: supported if one of them bears it
 * out, contradicted only if all of them rule it out, unverifiable otherwise.
 */
function verdictOf(judged: Judged[]): Judged {
  // The finder gives every value at least one fact.
  const first = judged[0] as Judged;
  if (judged.every((j) => j.verdict === 'contradicted')) return first;
  return judged.find((j) => j.verdict === 'supported') ?? judged.find((j) => j.verdict === 'unverifiable') ?? first;
}

interface Judged {
  verdict: Verdict;
  reason: string;
  fact: Fact;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a stated value ends with its noun: "500 million" → "500 million users", "16,000 employees". */
function spanOf(sentence: string, value: StatedValue, fact: Fact): { start: number; end: number } {
  const span = { start: value.start, end: value.end };
  if (fact.value.kind !== 'quantity') return span;
  const lastStem = (text: string) => stem(text.split(/\s+/).pop()?.toLowerCase() ?? '');
  const heads = [lastStem(fact.value.unit), lastStem(fact.attribute)];
  const noun = words(sentence.slice(value.end))
    .slice(0, 6)
    .find((w) => heads.includes(stem(w.word.toLowerCase())));
  return noun ? { ...span, end: value.end + noun.end } : span;
}

/**
 * Checks the claims in a page's sentences against the fact base. A claim is a value (count, money,
 * share, date) in a sentence that names a catalog entity, where the source has a fact of that entity
 * measuring the same thing (`find-claims.ts`); values are compared as ranges (`intervals.ts`).
 * Sentences with no such value make no claim and are not returned.
 */
export function checkClaims(sentences: readonly string[], factBase: FactBase, matcher: Matcher): Claim[] {
  return createClaimChecker(factBase, matcher)(sentences);
}

/** `checkClaims` over one fact base, for callers that check page after page (the background). */
export function createClaimChecker(factBase: FactBase, matcher: Matcher): (sentences: readonly string[]) => Claim[] {
  const passages = new Map(factBase.passages.map((p) => [p.id, p]));
  const finder = createClaimFinder(factBase, matcher);
  return (sentences) =>
    sentences.flatMap((sentence, index) =>
      finder.find(sentence).map(({ value, facts, when }): Claim => {
        // The facts that fit best all measure the same thing, so the first one's unit spans the value.
        const span = spanOf(sentence, value, facts[0] as Fact);
        const page = sentence.slice(span.start, span.end);
        const { fact, verdict, reason } = verdictOf(
          facts.map((fact) => ({ fact, ...judge(value, page, fact, when, finder.timeOf(fact)) })),
        );
        return {
          sentence: index,
          ...span,
          text: sentence,
          entityId: fact.entityId,
          attribute: fact.attribute,
          value: page,
          verdict,
          reason,
          fact: {
            quote: fact.quote.text,
            passageId: fact.passageId,
            paragraph: passages.get(fact.passageId)?.index ?? 0,
            value: describeValue(fact.value),
            start: fact.quote.start,
            end: fact.quote.end,
          },
        };
      }),
    );
}
