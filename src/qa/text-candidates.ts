import { findTimeExpressions } from '../factbase/time-expressions';
import { findValues } from '../factbase/values';
import type { Candidate, CandidateContext } from './candidates';
import { NAME_WORDS } from './lexicon';
import { asksForList, headTerm } from './question-kind';
import type { IndexedSentence } from './search-index';
import {
  descriptionSpans,
  followingSpans,
  listSpans,
  type NameSpan,
  nameListSpans,
  proximityFit,
  reasonSpans,
  type Span,
  termHits,
  typedSpans,
  wordNumberSpans,
} from './text-spans';

/** Posts that only a role fact can pin on a person ("the head of Alibaba Cloud"). */
const TITLES = new Set(['president', 'chairman', 'ceo', 'chief', 'founder', 'found', 'director', 'manager']);
const PREPOSITION_BEFORE = /\b(?:in|at|from|across|to|for|inside|within)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

type Weighted = Span & { weight?: number; typed?: boolean };

/**
 * Numbers of the kind asked for that no fact pins on someone else: "the maximum 10 per cent of the
 * total". A number a fact gives to another entity is that entity's, not an answer here.
 */
function valueSpans(s: IndexedSentence, c: CandidateContext): Weighted[] {
  const { text } = s.sentence;
  const kind = c.q.kind;
  const times = findTimeExpressions(text, c.reference);
  // A fact about the asked entity already offers its number; one about another entity owns it.
  const theirs = (start: number) =>
    s.facts.some(
      (f) =>
        f.value.kind !== 'relation' &&
        f.evidence.start <= s.sentence.start + start &&
        f.evidence.end > s.sentence.start + start,
    );
  const values = findValues(text, times).filter((v) => v.kind === kind && !theirs(v.start));
  const spans: Weighted[] = values.map((v) => ({ text: v.text, start: v.start, end: v.end, typed: true }));
  if (kind === 'quantity') spans.push(...wordNumberSpans(text).map((w) => ({ ...w, typed: true, weight: 0.9 })));
  return spans;
}

/** Names the sentence gives for "who"/"which company" questions, of the wanted sort. */
function agentSpans(c: CandidateContext, others: readonly NameSpan[]): Weighted[] {
  const { q } = c;
  // Who holds a post at a catalog unit ("the head of Alibaba Cloud") only a role fact says.
  if (q.agentType === 'person' && c.entityIds.size > 0 && q.terms.some((t) => TITLES.has(t))) return [];
  const fits = (n: NameSpan) =>
    n.kind !== 'event' &&
    (q.agentType === undefined ||
      n.kind === 'external' ||
      (q.agentType === 'person' ? n.kind === 'person' : n.kind !== 'person'));
  return others.filter(fits).map((n) => ({ ...n, weight: n.kind === 'external' ? 0.7 : 1 }));
}

/** Spans for "what" questions: lists, and what follows the question's words in the sentence. */
function thingSpans(
  text: string,
  c: CandidateContext,
  hits: ReturnType<typeof termHits>,
  others: readonly NameSpan[],
): Weighted[] {
  const { q } = c;
  const list = asksForList(q.question);
  if (list) {
    // "Which payment brands…" wants several things by name: a list, or the names in the clause.
    const head = headTerm(q.question);
    return [
      ...listSpans(text).map((l) => ({ ...l, weight: 1.5 })),
      ...namesAfterHits(
        text,
        hits.filter((h) => h.term === head),
        others,
      ),
    ];
  }
  // A keyword query has no verb to follow; only a full question says where its answer stands.
  if (!q.kindStated) return listSpans(text);
  // What follows the question's first or last word ("relying on [Alibaba Cloud]", "showed [the importance of …]").
  const weight = (after: string) => (after === q.terms[0] ? 1.15 : after === q.terms.at(-1) ? 1.1 : 1);
  return [...listSpans(text), ...followingSpans(text, hits).map((f) => ({ ...f, weight: weight(f.after) }))];
}

/** "investments, … Lazada Group and … Paytm E-commerce": two or more names in the clause after a question word. */
function namesAfterHits(text: string, hits: ReturnType<typeof termHits>, others: readonly NameSpan[]): Weighted[] {
  return hits.flatMap((hit) => {
    const clauseEnd = hit.end + (/[.;]|,\s(?!\p{Lu})/u.exec(text.slice(hit.end + 2))?.index ?? text.length) + 2;
    const named = others.filter((n) => n.start > hit.end && n.end <= clauseEnd && n.kind !== 'event');
    if (named.length < 2) return [];
    const items = [...new Set(named.map((n) => n.text))];
    const joined = `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
    return [{ text: joined, start: named[0]?.start ?? hit.end, end: named.at(-1)?.end ?? hit.end, weight: 1.4 }];
  });
}

/** Candidates read from the words of a sentence, for what its facts do not cover. */
export function textCandidates(s: IndexedSentence, c: CandidateContext, names: readonly NameSpan[]): Candidate[] {
  const { q } = c;
  const text = s.sentence.text;
  const hits = termHits(s.tokens, q.terms, q.nearby);
  const asked = names.filter((n) => n.inQuestion);
  const others = names.filter((n) => !n.inQuestion);
  let spans: Weighted[] = [];
  if (q.kind === 'thing' && q.terms.length > 0 && q.terms.every((t) => NAME_WORDS.has(t))) {
    // "Alibaba's full name": the longest name the sources give the asked entity.
    spans = asked.map((n) => ({ ...n, weight: 1 + n.text.length / 100 }));
    return spans.map((span) => ({
      text: span.text,
      start: s.sentence.start + span.start,
      end: s.sentence.start + span.end,
      fit: span.weight ?? 1,
    }));
  }
  if (q.terms.length === 0 && (q.kind === 'agent' || q.kind === 'thing')) {
    // "Who is Paul Haswell?", "What is Lazada?": what the sentence says the named thing is.
    spans = asked.flatMap((name) => descriptionSpans(text, name).map((d) => ({ ...d, weight: 1.2 })));
  } else if (q.kind === 'duration' || q.kind === 'rank') {
    spans = typedSpans(text, q.kind, c.reference).map((t) => ({ ...t, typed: true }));
  } else if (q.kind === 'date') {
    // A date a fact already claims ("Last year, Alipay started…") belongs to that fact's subject.
    const claimed = new Set(
      s.facts.flatMap((f) => [f.period?.text, f.value.kind === 'date' ? f.value.text : undefined]),
    );
    spans = typedSpans(text, 'date', c.reference)
      .filter((t) => !claimed.has(t.text))
      .map((t) => ({ ...t, typed: true }));
  } else if (q.kind === 'quantity' || q.kind === 'money' || q.kind === 'percent') spans = valueSpans(s, c);
  else if (q.kind === 'reason') spans = reasonSpans(text);
  else if (q.kind === 'place') {
    spans = [
      ...nameListSpans(text).filter((l) => PREPOSITION_BEFORE.test(text.slice(0, l.start))),
      ...others.filter((n) => n.kind !== 'event' && PREPOSITION_BEFORE.test(text.slice(0, n.start))),
      ...followingSpans(text, hits).filter((f) => /^(?:inside|in|at|within)\s/.test(f.text)),
    ];
  } else if (q.kind === 'agent') spans = agentSpans(c, others);
  else if (q.kind === 'thing') spans = thingSpans(text, c, hits, others);
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
      fit: Math.min(1.5, (q.terms.length === 0 ? 0.6 : proximityFit(span, hits, q.terms)) * (span.weight ?? 1)),
    }));
}
