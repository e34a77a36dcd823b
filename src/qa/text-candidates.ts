import { inDefinition } from '../factbase/value-fact';
import { agentSpans, type Weighted } from './agent-spans';
import { baselineWeight, bindingWeight } from './binding';
import type { Candidate, CandidateContext, SentenceReading } from './candidates';
import { NAME_WORDS, STOPWORDS, stem, words } from './lexicon';
import { listSpans, nameListSpans, placeListSpans } from './list-spans';
import { asksForList, headTerm } from './question-kind';
import { remember } from './remember';
import type { IndexedSentence } from './search-index';
import { copulaSpans, subjectSpans } from './subject-spans';
import {
  descriptionSpans,
  followingSpans,
  type NameSpan,
  proximityFit,
  reasonSpans,
  type termHits,
} from './text-spans';
import { typedSpans, wordNumberSpans } from './typed-spans';
import { timesIn, valuesIn } from './value-keys';

/** Words no answer ends on: it would run on into what follows ("… would be pulled from"). */
const OPEN_END =
  /(?:^|\s)(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|but|as|than|that|which|who|whose|is|are|was|were|be|been|would|will|could|can|has|have|had|its|their|his|her)$/i;
/** Words no answer is on its own: "who", "it". */
const BARE = /^(?:who|whom|which|that|it|its|they|them|he|she|him|her|this|these|those|there|here)$/i;

/** Whether words (and what follows them) could stand as an answer: not a pronoun alone, not cut short, not a bare possessive ("Apple's"). */
export function whole(text: string, after: string): boolean {
  const t = text.trim();
  // "margin of 1" of "margin of 1.6%": a number cut short.
  const cut = /\d$/.test(t) && /^[.,]?\d|^%/.test(after);
  return !BARE.test(t) && !OPEN_END.test(t) && !/['’]s$/.test(t) && !cut;
}

const PREPOSITION_BEFORE = /\b(?:in|at|from|across|to|for|inside|within)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * Numbers of the kind asked for that no fact pins on someone else: "the maximum 10 per cent of the
 * total". A number a fact gives to another entity is that entity's, not an answer here.
 */
function valueSpans(s: IndexedSentence, c: CandidateContext): Weighted[] {
  const { text } = s.sentence;
  const kind = c.q.kind;
  const times = timesIn(text, c.reference);
  // A fact about the asked entity already offers its number; one about another entity owns it, unless
  // that entity is the story's subject, to which a number of the story is pinned when no other fits
  // ("Alibaba says about half a billion consumers took part" is about Singles' Day).
  const theirs = (start: number) =>
    s.facts.some(
      (f) =>
        f.value.kind !== 'relation' &&
        f.evidence.start <= s.sentence.start + start &&
        f.evidence.end > s.sentence.start + start &&
        (c.entityIds.has(f.entityId) || !s.topics.has(f.entityId)),
    );
  const values = valuesIn(text, times).filter(
    (v) => v.kind === kind && !theirs(v.start) && !inDefinition(text, v.start),
  );
  // "HK$28 billion (US$3.6 billion)" asked in dollars: the sum as converted.
  const asked = (v: (typeof values)[number]) =>
    c.q.currency && v.currency !== c.q.currency && v.equivalent?.currency === c.q.currency ? v.equivalent : v;
  const spans: Weighted[] = values.map((v) => {
    const { text: words, start, end } = asked(v);
    return {
      text: words,
      start,
      end,
      typed: true,
      currency: [v.currency, v.equivalent?.currency].filter((x): x is string => x !== undefined),
      weight: baselineWeight(text, v, c.q),
    };
  });
  if (kind === 'quantity') spans.push(...wordNumberSpans(text).map((w) => ({ ...w, typed: true, weight: 0.9 })));
  return spans;
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
  return [
    ...listSpans(text),
    ...followingSpans(text, hits).map((f) => ({ ...f, weight: weight(f.after) })),
    ...(/^\s*what\s+(?:is|was|are|were)\b/i.test(q.question)
      ? copulaSpans(text, hits).map((x) => ({ ...x, weight: 1.2 }))
      : []),
  ];
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

/** The stems of each question's words, read once per question rather than once per sentence. */
const QUESTION_STEMS = new Map<string, ReadonlySet<string>>();

/**
 * Whether a span only repeats the question ("What did Zhang call this year's result?" is not answered
 * by "this year’s"): every word of it is one of the question's.
 */
function questionEchoes(question: string): (text: string) => boolean {
  const asked = remember(QUESTION_STEMS, question, () => new Set(words(question).map((w) => stem(w.word))));
  return (text) => {
    const content = words(text).filter((w) => !STOPWORDS.has(w.word.toLowerCase()));
    return content.length > 0 && content.every((w) => asked.has(stem(w.word)));
  };
}

/** Candidates read from the words of a sentence, for what its facts do not cover. */
export function textCandidates(s: IndexedSentence, c: CandidateContext, reading: SentenceReading): Candidate[] {
  const { q } = c;
  const text = s.sentence.text;
  const { names, hits, anchors } = reading;
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
    // A date a fact already claims ("Last year, Alipay started…") belongs to that fact's subject,
    // unless that is who was asked about (or nobody was): then the words may answer as well as the fact.
    const askedIds = new Set(q.entities.map((e) => e.entityId));
    const claimed = new Set(
      s.facts
        .filter((f) => askedIds.size > 0 && !askedIds.has(f.entityId))
        .flatMap((f) => [f.period?.text, f.value.kind === 'date' ? f.value.text : undefined]),
    );
    spans = typedSpans(text, 'date', c.reference)
      .filter((t) => !claimed.has(t.text))
      .map((t) => ({ ...t, typed: true }));
  } else if (q.kind === 'quantity' || q.kind === 'money' || q.kind === 'percent') spans = valueSpans(s, c);
  else if (q.kind === 'reason') spans = reasonSpans(text);
  else if (q.kind === 'place') {
    // "Which countries did the sale cover?" wants the sentence's list of places wherever it stands:
    // "across six markets (Indonesia, Malaysia, …)".
    const plural = asksForList(q.question);
    spans = [
      ...[...placeListSpans(text), ...nameListSpans(text)]
        .filter((l) => plural || PREPOSITION_BEFORE.test(text.slice(0, l.start)))
        .map((l) => ({ ...l, weight: plural ? 1.2 : 1 })),
      // "Which countries…" wants several: one name alone answers less well.
      ...others
        .filter((n) => n.kind !== 'event' && PREPOSITION_BEFORE.test(text.slice(0, n.start)))
        .map((n) => ({ ...n, weight: plural ? 0.8 : 1 })),
      ...followingSpans(text, hits).filter((f) => /^(?:inside|in|at|within)\s/.test(f.text)),
    ];
  } else if (q.kind === 'agent') spans = agentSpans(c, text, hits, names);
  else if (q.kind === 'thing') {
    spans = thingSpans(text, c, hits, others);
    // "What role does Joe Tsai hold?": what the sentence says the person is ("Joseph Tsai, the
    // co-founder and executive vice chairman, …").
    if (q.terms.includes('title'))
      spans.push(
        ...asked.flatMap((name) => descriptionSpans(text, name).map((d) => ({ ...d, weight: 1.2, described: true }))),
      );
  }
  // "Which regulators issued…", "Who founded…": who does the verb, as the sentence says it.
  if ((q.kind === 'agent' || q.kind === 'thing') && q.subjectOf)
    spans.push(...subjectSpans(text, hits, q.subjectOf, names).map((x) => ({ ...x, weight: 1.8 })));
  const askedText = new Set(asked.map((n) => n.text.toLowerCase()));
  const askedWords = q.question.toLowerCase();
  const echoes = questionEchoes(q.question);
  return spans
    .filter(
      (span) =>
        (span.typed || whole(span.text, text.slice(span.end))) &&
        !askedText.has(span.text.toLowerCase()) &&
        (span.typed
          ? // "When will Alibaba report for the quarter ended March 31?": the question's own time is no answer.
            !askedWords.includes(span.text.toLowerCase())
          : !hits.some((h) => h.start <= span.start && h.end >= span.end) && !echoes(span.text)),
    )
    .map((span) => ({
      text: span.text,
      start: s.sentence.start + span.start,
      end: s.sentence.start + span.end,
      fit:
        Math.min(
          1.5,
          (q.terms.length === 0 || span.described
            ? 0.6
            : proximityFit(span, hits, q.terms, { sentence: text, anchors, weights: q.weights })) * (span.weight ?? 1),
        ) * bindingWeight(text, span, names, q, span.currency),
    }));
}
