import { describeValue } from '../factbase/describe';
import { extractFacts } from '../factbase/extract';
import { parseArticle } from '../factbase/parse-article';
import type { Fact, FactBase, FactValue } from '../factbase/schema';
import { findValues } from '../factbase/values';
import { stem } from '../qa/lexicon';
import type { Matcher } from '../spot/match-aliases';
import { disjoint, type Interval, intervalOf, within } from './intervals';

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

const CHECKED = new Set<FactValue['kind']>(['quantity', 'money', 'percent', 'date']);

/** What a fact measures, as stems: "paying customers" → {pay, customer}; "founded" → {found}. */
function measureOf(fact: Fact): Set<string> {
  const unit = fact.value.kind === 'quantity' ? fact.value.unit : '';
  return new Set(
    `${fact.attribute} ${unit}`
      .split(/[\s-]+/)
      .filter(Boolean)
      .map(stem),
  );
}

/** The years a fact holds for, when it says. */
function yearsOf(fact: Fact): [number, number] | undefined {
  if (!fact.period) return undefined;
  return [Number(fact.period.from.slice(0, 4)), Number((fact.period.to ?? fact.period.from).slice(0, 4))];
}

/** A value as a range, in `currency` when money; undefined when it cannot be put in that currency. */
function rangeOf(value: FactValue, currency?: string): Interval | undefined {
  if (value.kind === 'date') {
    const [y = 0, m, d] = value.date.split('-').map(Number);
    const key = (yy: number, mm: number, dd: number) => yy * 10000 + mm * 100 + dd;
    return { low: key(y, m ?? 1, d ?? 1), high: key(y, m ?? 12, d ?? 31) };
  }
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

/** The fact of the source that speaks to a claim: same entity, same kind of value, the same thing measured. */
function decidingFact(claim: Fact, factBase: FactBase): Fact | undefined {
  const wanted = measureOf(claim);
  let best: { fact: Fact; score: number } | undefined;
  for (const fact of factBase.facts) {
    if (fact.entityId !== claim.entityId || fact.value.kind !== claim.value.kind) continue;
    // Every word of the fact's attribute must be in the claim's: "revenue growth" is not "revenue".
    if (!fact.attribute.split(/[\s-]+/).every((w) => wanted.has(stem(w)))) continue;
    const own = measureOf(fact);
    // Among facts of one attribute, the one whose words match most ("international brands", not "total brands").
    const score = [...wanted].filter((w) => own.has(w)).length / own.size + (fact.period ? 0 : 0.01);
    if (!best || score > best.score) best = { fact, score };
  }
  return best?.fact;
}

/** Compares a claim with the fact that decides it. */
function judge(
  claim: Fact,
  fact: Fact,
  claimYears: [number, number] | undefined,
): { verdict: Verdict; reason: string } {
  const says = `the article says ${describeValue(fact.value)}${fact.period ? ` (${fact.period.label})` : ''}`;
  const factYears = yearsOf(fact);
  if (claimYears && fact.value.kind !== 'date') {
    const published = factYears ?? undefined;
    const same = published && claimYears[0] <= published[1] && published[0] <= claimYears[1];
    if (!same) {
      const when = claimYears[0] === claimYears[1] ? String(claimYears[0]) : `${claimYears[0]}–${claimYears[1]}`;
      return { verdict: 'unverifiable', reason: `The page speaks of ${when}; ${says}, for another time.` };
    }
  }
  const currency = claim.value.kind === 'money' ? claim.value.currency : undefined;
  const claimed = rangeOf(claim.value);
  const stated = rangeOf(fact.value, currency);
  if (!claimed || !stated) return { verdict: 'unverifiable', reason: `The page gives another currency; ${says}.` };
  const page = describeValue(claim.value);
  if (within(stated, claimed)) return { verdict: 'supported', reason: `${capitalise(says)}, which fits “${page}”.` };
  if (disjoint(stated, claimed))
    return { verdict: 'contradicted', reason: `${capitalise(says)}, which rules out “${page}”.` };
  return { verdict: 'unverifiable', reason: `${capitalise(says)}, which neither confirms nor rules out “${page}”.` };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Checks the claims in a page's sentences against the fact base. A claim is a sentence naming a
 * catalog entity with a value (count, money, share, date) of something the sources measure for that
 * entity; its value is read by the same extractor that built the fact base, then compared as ranges
 * (`intervals.ts`). Sentences with no such value make no claim and are not returned.
 */
export function checkClaims(sentences: readonly string[], factBase: FactBase, matcher: Matcher): Claim[] {
  // Each sentence becomes a paragraph of a page "article" with no date, so "last year" stays
  // unresolved; line breaks become spaces one for one, so offsets into the sentences hold.
  const paragraphs = sentences.map((s) => s.replace(/\n/g, ' '));
  const text = ['Page', ...paragraphs].join('\n\n');
  const article = parseArticle({ id: 'page', text });
  const starts: number[] = [];
  let at = 'Page\n\n'.length;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  const facts = extractFacts(article, { matcher, entities: factBase.entities });
  const passages = new Map(factBase.passages.map((p) => [p.id, p]));
  const claims: Claim[] = [];
  for (const claim of facts) {
    if (!CHECKED.has(claim.value.kind)) continue;
    const fact = decidingFact(claim, factBase);
    if (!fact) continue;
    const index = starts.findLastIndex((s) => s <= claim.evidence.start);
    const base = starts[index] ?? 0;
    const { verdict, reason } = judge(claim, fact, yearsOf(claim));
    claims.push({
      sentence: index,
      start: claim.evidence.start - base,
      end: claim.evidence.end - base,
      text: sentences[index] ?? '',
      entityId: claim.entityId,
      attribute: claim.attribute,
      value: describeValue(claim.value),
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
    });
  }
  return claims;
}
