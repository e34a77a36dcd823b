import { COMPARATOR_WORDS, describeValue, formatAmount } from '../factbase/describe';
import type { Fact } from '../factbase/schema';
import { asksForList, type QuestionAnalysis } from './analyse-question';
import { ARTICLE_NAME_PREFIX } from './article-names';
import { factTerms, type IndexedSentence, relationTerms } from './search-index';
import {
  descriptionSpans,
  followingSpans,
  holds,
  listSpans,
  type NameSpan,
  nameListSpans,
  proximityFit,
  purposeSpans,
  type Span,
  termHits,
  typedSpans,
} from './text-spans';

/** A possible answer read from one sentence. */
export interface Candidate {
  /** The answer as shown: "more than 520 million", "2009", "Russia, Spain and the US". */
  text: string;
  /** Where its words stand in the source text. */
  start: number;
  end: number;
  /** How well it fits what was asked, 0–1. */
  fit: number;
  /** The fact it comes from; text-only answers have none. */
  fact?: Fact;
}

/** What candidates are read against: the question, and the names of entities. */
export interface CandidateContext {
  q: QuestionAnalysis;
  /** Catalog entities the question names. */
  entityIds: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  reference: Parameters<typeof typedSpans>[2];
}

/** The words that state a fact's value, shortest form: "more than 520 million", not "… users". */
function shortValue(fact: Fact, currency: string | undefined): string {
  const v = fact.value;
  if (v.kind === 'quantity') return `${COMPARATOR_WORDS[v.comparator]}${formatAmount(v.amount)}`;
  if (v.kind === 'percent' && !/\d/.test(v.text)) return v.text;
  if (v.kind === 'money' && v.equivalent && currency === v.equivalent.currency) {
    // Asked "in dollars": lead with the dollar figure the source gives.
    const { amount, currency: c, text } = v.equivalent;
    return `${describeValue({ ...v, amount, currency: c, text, equivalent: { amount: v.amount, currency: v.currency, text: v.text } })}`;
  }
  return describeValue(v);
}

/** "A, B and C". */
export function joinList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/** The share of the question's terms a fact's own words cover, blended with the sentence's. */
function factFit(fact: Fact, s: IndexedSentence, q: QuestionAnalysis): number {
  if (q.terms.length === 0) return 0.5;
  const own = factTerms(fact);
  const stated = relationTerms(fact);
  const share = (words: ReadonlySet<string>) =>
    q.terms.filter((t) => holds(words, t, !q.typos.has(t))).length / q.terms.length;
  // The attribute names what the fact is; the words it is stated in count for less.
  const byFact = Math.max(share(own), 0.6 * share(stated));
  const bySentence = q.terms.filter((t) => holds(s.vocabulary, t, !q.typos.has(t))).length / q.terms.length;
  return byFact > 0 ? 0.7 * byFact + 0.3 * bySentence : 0;
}

/** Candidates from the facts of a sentence that fit the kind of answer wanted. */
function factCandidates(s: IndexedSentence, c: CandidateContext): Candidate[] {
  const { q, entityIds } = c;
  const out: Candidate[] = [];
  for (const fact of s.facts) {
    const v = fact.value;
    const objectId = v.kind === 'relation' ? v.objectId : undefined;
    const about = entityIds.size === 0 || entityIds.has(fact.entityId);
    const partOf = about || (fact.counterpartId !== undefined && entityIds.has(fact.counterpartId));
    const at = { start: fact.evidence.start, end: fact.evidence.end, fit: factFit(fact, s, q), fact };
    const numeric = (q.kind === 'quantity' || q.kind === 'money' || q.kind === 'percent') && q.kind === v.kind;
    if (numeric && partOf) out.push({ ...at, text: shortValue(fact, q.currency) });
    else if (q.kind === 'date' && v.kind === 'date' && partOf) out.push({ ...at, text: describeValue(v) });
    else if (q.kind === 'date' && fact.period && (partOf || (objectId && entityIds.has(objectId))))
      out.push({ ...at, text: fact.period.label });
    else if (v.kind !== 'relation') continue;
    else if (q.kind === 'place' && about && (v.places || fact.attribute.endsWith(' in'))) {
      out.push({ ...at, text: v.places ? joinList(v.places) : v.object });
    } else if ((q.kind === 'agent' || q.kind === 'thing') && about) {
      // "Who is Michael Evans?" → "Alibaba president"; "Who runs Alipay?" → "Ant Financial Services Group".
      out.push({ ...at, text: v.role && q.terms.length === 0 ? `${v.object} ${fact.attribute}` : v.object });
    } else if (q.kind === 'agent' && objectId && entityIds.has(objectId)) {
      // "Who owns the Post?", "Who is Alibaba's president?": the subject of a relation to the entity.
      out.push({ ...at, text: c.names.get(fact.entityId) ?? fact.entityId });
    }
  }
  return out;
}

/** Posts that only a role fact can pin on a person ("the head of Alibaba Cloud"). */
const TITLES = new Set(['president', 'chairman', 'ceo', 'chief', 'founder', 'found', 'director', 'manager']);

const PREPOSITION_BEFORE = /\b(?:in|at|from|across|to|for|inside|within)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/** Candidates read from the words of the sentence, for what facts do not cover. */
function textCandidates(s: IndexedSentence, c: CandidateContext, names: readonly NameSpan[]): Candidate[] {
  const { q } = c;
  const text = s.sentence.text;
  const hits = termHits(s.tokens, q.terms);
  const asked = names.filter((n) => n.inQuestion);
  const others = names.filter((n) => !n.inQuestion);
  // `typed` spans (dates, ranks) may be question words themselves: "sixth-largest" answers "rank".
  const spans: (Span & { weight?: number; typed?: boolean })[] = [];
  if (q.terms.length === 0 && (q.kind === 'agent' || q.kind === 'thing')) {
    // "Who is Paul Haswell?", "What is Lazada?": what the sentence says the named thing is.
    for (const name of asked) spans.push(...descriptionSpans(text, name).map((d) => ({ ...d, weight: 1.2 })));
  } else if (q.kind === 'duration' || q.kind === 'rank') {
    spans.push(...typedSpans(text, q.kind, c.reference).map((t) => ({ ...t, typed: true })));
  } else if (q.kind === 'date') {
    // A date a fact already claims ("Last year, Alipay started…") belongs to that fact's subject.
    const claimed = new Set(
      s.facts.flatMap((f) => [f.period?.text, f.value.kind === 'date' ? f.value.text : undefined]),
    );
    spans.push(
      ...typedSpans(text, 'date', c.reference)
        .filter((t) => !claimed.has(t.text))
        .map((t) => ({ ...t, typed: true })),
    );
  } else if (q.kind === 'reason') spans.push(...purposeSpans(text));
  else if (q.kind === 'place') {
    spans.push(...nameListSpans(text).filter((l) => PREPOSITION_BEFORE.test(text.slice(0, l.start))));
    spans.push(...others.filter((n) => n.kind !== 'event' && PREPOSITION_BEFORE.test(text.slice(0, n.start))));
    spans.push(...followingSpans(text, hits).filter((f) => /^(?:inside|in|at|within)\s/.test(f.text)));
  } else if (
    q.kind === 'agent' &&
    !(q.agentType === 'person' && c.entityIds.size > 0 && q.terms.some((t) => TITLES.has(t)))
  ) {
    // Catalog units and people before other names; never an event, and a person only when one is
    // wanted. Who holds a post at a catalog unit ("the head of Alibaba Cloud") only a role fact says.
    const fits = (n: NameSpan) =>
      n.kind !== 'event' &&
      (q.agentType === undefined ||
        n.kind === 'external' ||
        (q.agentType === 'person' ? n.kind === 'person' : n.kind !== 'person'));
    spans.push(...others.filter(fits).map((n) => ({ ...n, weight: n.kind === 'external' ? 0.7 : 1 })));
  } else if (q.kind === 'thing') {
    // "Which payment brands…" wants several things: a list answers it better than a phrase.
    const list = asksForList(q.question);
    // What follows the question's first or last word in the sentence ("relying on [Alibaba Cloud]",
    // "showed [the importance of …]") is most often what it asks for.
    const anchors = new Set([q.terms[0], q.terms.at(-1)]);
    spans.push(
      ...listSpans(text).map((l) => ({ ...l, weight: list ? 1.5 : 1 })),
      ...followingSpans(text, hits).map((f) => ({
        ...f,
        weight: (list ? 0.8 : 1) * (anchors.has(f.after) ? 1.15 : 1),
      })),
    );
  }
  const askedText = new Set(asked.map((n) => n.text.toLowerCase()));
  return spans
    .filter(
      (span) =>
        !askedText.has(span.text.toLowerCase()) &&
        (span.typed || !hits.some((h) => h.start <= span.start && h.end >= span.end)),
    )
    .map((span) => ({
      text: span.text,
      start: s.sentence.start + span.start,
      end: s.sentence.start + span.end,
      fit: Math.min(1, (q.terms.length === 0 ? 0.6 : proximityFit(span, hits, q.terms)) * (span.weight ?? 1)),
    }));
}

/** Every answer the sentence offers to the question, best fitting first. `names` are the sentence's names. */
export function candidatesIn(s: IndexedSentence, c: CandidateContext, names: readonly NameSpan[]): Candidate[] {
  // A question that names only things outside the catalog ("What is Verifone?") is not answered by
  // facts about catalog entities that happen to share the sentence.
  const onlyOthers = c.entityIds.size === 0 && c.q.entities.length > 0;
  const asked = names.filter((n) => n.inQuestion);
  // …unless the name owns the value: "China’s US$5.5 trillion market".
  const owns = (f: Candidate) =>
    asked.some((n) => n.end <= f.start - s.sentence.start && f.start - s.sentence.start - n.end <= 4);
  const facts = factCandidates(s, c).filter((f) => !onlyOthers || owns(f));
  const text = facts.some((f) => f.fit > 0) ? [] : textCandidates(s, c, names);
  const askedText = new Set(asked.map((n) => n.text.toLowerCase()));
  return [...facts, ...text].filter((x) => !askedText.has(x.text.toLowerCase())).sort((a, b) => b.fit - a.fit);
}

/** Is this entity id one of the catalog's, not a name found in the sources? */
export function isCatalogId(id: string): boolean {
  return !id.startsWith(ARTICLE_NAME_PREFIX);
}
