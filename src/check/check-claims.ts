import { describeValue } from '../factbase/describe';
import type { Fact, FactBase } from '../factbase/schema';
import { stem, words } from '../qa/lexicon';
import type { Matcher } from '../spot/match-aliases';
import { decide } from './decide';
import { createClaimFinder, type StatedValue } from './find-claims';
import type { Verdict } from './judge';

export type { Verdict } from './judge';

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
      finder.find(sentence).map((candidate): Claim => {
        // The fact that fits best measures what the value does, so its unit spans the value.
        const span = spanOf(sentence, candidate.value, candidate.facts[0] as Fact);
        const page = sentence.slice(span.start, span.end);
        const { fact, verdict, reason } = decide(candidate, page, finder);
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
