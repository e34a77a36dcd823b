import { dateOf } from '../factbase/dates';
import type { Entity, FactBase, Source } from '../factbase/schema';
import { describeDate } from '../factbase/time-expressions';
import { type AnswerKind, analyseQuestion, asKind, type QuestionAnalysis } from './analyse-question';
import { findArticleNames } from './article-names';
import { type Candidate, type CandidateContext, candidatesIn, isCatalogId } from './candidates';
import { satisfies } from './constraints';
import { createEntityLexicon } from './entity-lexicon';
import { type RankedSentence, rankSentences } from './rank';
import { buildSearchIndex, type IndexedSentence } from './search-index';
import { mentionsTerm, type NameSpan } from './text-spans';
import { vocabularyOf } from './vocabulary';

/** Why the engine gave no answer. */
export type AbstainReason = 'unknown-entity' | 'not-covered' | 'no-answer' | 'constraint';

export interface PassageRef {
  id: string;
  index: number;
  text: string;
}

/** The engine's answer to one question; `answer: null` means the sources do not say. */
export interface Answer {
  question: string;
  answer: string | null;
  /** The supporting sentence, verbatim. */
  quote: string | null;
  /** The answer's own words in the source, for marking them in the quote. */
  evidence: { start: number; end: number; text: string } | null;
  passage: PassageRef | null;
  source: { id: string; title: string; publisher: string; publishedAt?: string } | null;
  confidence: number;
  reason?: AbstainReason;
  /** When abstaining: up to three passages about the same thing. */
  related: PassageRef[];
}

export interface AnswerEngine {
  answer(question: string): Answer;
}

interface Best {
  candidate: Candidate;
  sentence: IndexedSentence;
  score: number;
}

/**
 * Kinds a keyword query is also read as, after the one its keywords suggest: "hellopay countries"
 * may want a count or the list of them; a query with no telling keyword may want anything.
 */
const ALSO_TRIED: Partial<Record<AnswerKind, AnswerKind[]>> = {
  quantity: ['place', 'thing'],
  money: ['place', 'thing'],
  percent: ['thing'],
  thing: ['quantity', 'money', 'percent', 'date', 'place', 'agent'],
};

/** How sure the engine must be to answer rather than say the sources do not. */
const MIN_CONFIDENCE = 0.3;
/** How well a candidate must fit the question's terms to be considered at all. */
const MIN_FIT = 0.25;
/** How many of the best sentences are read for an answer. */
const READ = 6;
/** Words that turn a sentence into a "no" (or a "we don't say"): it never confirms a yes. */
const NEGATION = /\b(?:not|never|no|none|without|declined|refused|denied|rejected|failed)\b|n['’]t\b/i;
const ABOUT_THE_SOURCE = /\b(?:publish|updat|written|wrote|writ|post)/i;

export interface EngineOptions {
  /** Ordinary English words (`data/common-words.txt`): never taken for names the sources lack. */
  commonWords?: ReadonlySet<string>;
  /** Told how each question was read and weighed, for `eval:qa --trace`. */
  trace?: (line: string) => void;
}

/** Builds the engine over a fact base: the index and lexicons are made once, here. */
export function createAnswerEngine(factBase: FactBase, options: EngineOptions = {}): AnswerEngine {
  const articleNames = findArticleNames(factBase);
  const index = buildSearchIndex(factBase, articleNames);
  const everyone = [...factBase.entities, ...articleNames];
  const names = new Map(everyone.map((e) => [e.id, e.name]));
  const kinds = new Map(everyone.map((e) => [e.id, e.kind]));
  const vocabulary = vocabularyOf(factBase, options.commonWords ?? new Set());
  const { trace } = options;
  const lexicon = createEntityLexicon(everyone, vocabulary.lowercase);
  const covered = new Set(index.sentences.flatMap((s) => [...s.entityIds]));
  const stand = standIns(factBase.entities, covered);

  return {
    answer(question) {
      const q = analyseQuestion(question, lexicon, vocabulary);
      trace?.(`analysis ${JSON.stringify({ ...q, typos: [...q.typos], allTerms: undefined })}`);
      // "Paytm" asked, "Paytm E-Commerce" covered: the covered unit answers for the name.
      q.entities = q.entities.map((e) =>
        covered.has(e.entityId) ? e : { ...e, entityId: stand.get(e.entityId) ?? e.entityId },
      );
      if (q.unknownNames.length > 0) return abstain(q, 'unknown-entity', []);
      if (q.entities.some((e) => !covered.has(e.entityId))) return abstain(q, 'not-covered', []);
      if (q.kind === 'date' && q.entities.length === 0 && q.terms.some((t) => ABOUT_THE_SOURCE.test(t)))
        return aboutSource(q);
      // A keyword query is all content: a word the sources never use means they do not say.
      if (!q.kindStated && q.missing.length > 0) return abstain(q, 'no-answer', []);
      const ranked = rankSentences(index, q, names);
      const related = ranked.map((r) => r.sentence);
      if (q.kind === 'yes-no') return yesNo(q, ranked, related);
      // A keyword query does not say what it wants: every kind is tried, the stated or guessed one first.
      const kinds: AnswerKind[] = q.kindStated
        ? [q.kind]
        : [q.kind, ...(ALSO_TRIED[q.kind] ?? []).filter((k) => k !== q.kind)];
      let best: Best | undefined;
      let blocked = false;
      for (const [i, kind] of kinds.entries()) {
        const found = bestCandidate(i === 0 ? q : asKind(q, kind), ranked, i === 0 ? 1 : 0.9);
        blocked ||= found.blocked;
        if (found.best && (!best || found.best.score > best.score)) best = found.best;
      }
      if (!best || best.score < MIN_CONFIDENCE) return abstain(q, blocked ? 'constraint' : 'no-answer', related);
      return answered(q, best.candidate, best.sentence, best.score);
    },
  };

  /** The best candidate over the top sentences, and whether a constraint turned any away. */
  function bestCandidate(
    q: QuestionAnalysis,
    ranked: readonly RankedSentence[],
    weight: number,
  ): { best?: Best; blocked: boolean } {
    const context: CandidateContext = {
      q,
      entityIds: new Set(q.entities.map((e) => e.entityId).filter(isCatalogId)),
      names,
      reference: vocabulary.reference,
    };
    let best: Best | undefined;
    let blocked = false;
    for (const r of ranked.slice(0, READ)) {
      trace?.(
        `sentence ${r.score.toFixed(2)} ¶${r.sentence.passage.index} ${q.kind}: ${r.sentence.sentence.text.slice(0, 90)}`,
      );
      for (const candidate of candidatesIn(r.sentence, context, namesIn(r.sentence, q))) {
        trace?.(
          `  candidate fit ${candidate.fit.toFixed(2)} ${satisfies(candidate, r.sentence, q) ? '' : '(fails constraints) '}${candidate.text}`,
        );
        if (q.terms.length > 0 && candidate.fit < MIN_FIT) continue;
        if (!satisfies(candidate, r.sentence, q)) {
          blocked = true;
          continue;
        }
        // A headline states in brief what the body states in full: the body is the better citation.
        // News puts the main facts first (the inverted pyramid): between equals, the earlier passage.
        const place =
          (r.sentence.passage.kind === 'title' ? 0.95 : 1) * (1 - 0.004 * Math.min(r.sentence.passage.index, 25));
        const score = place * weight * (0.55 * candidate.fit + 0.3 * r.score + (candidate.fact ? 0.15 : 0.05));
        if (!best || score > best.score) best = { candidate, sentence: r.sentence, score };
      }
    }
    return { ...(best && { best }), blocked };
  }

  function namesIn(s: IndexedSentence, q: QuestionAnalysis): NameSpan[] {
    const asked = new Set(q.entities.map((e) => e.entityId));
    return s.names.map((m) => ({ ...m, inQuestion: asked.has(m.entityId), kind: kinds.get(m.entityId) ?? 'external' }));
  }

  /** Only ever "yes", when one sentence holds everything asked, unnegated: the sources cannot prove a "no". */
  function yesNo(q: QuestionAnalysis, ranked: readonly RankedSentence[], related: IndexedSentence[]): Answer {
    // Names outside the catalog ("in Brazil") are part of what is asked, like a place.
    const names = q.entities.filter((e) => !isCatalogId(e.entityId)).length + (q.constraints.place ? 1 : 0);
    const wanted = q.terms.length + names;
    const read = ranked.slice(0, READ).flatMap((r) => {
      const whole = {
        text: r.sentence.sentence.text,
        start: r.sentence.sentence.start,
        end: r.sentence.sentence.end,
        fit: 1,
      };
      const allNamed = q.entities.every(
        (e) => r.sentence.entityIds.has(e.entityId) || e.text.toLowerCase() === q.constraints.place?.toLowerCase(),
      );
      if (!allNamed || !satisfies(whole, r.sentence, q)) return [];
      const held = q.terms.filter((t) => mentionsTerm(r.sentence.tokens, t, q.nearby)).length + names;
      return [{ r, whole, held }];
    });
    // The sentence that holds most of what is asked decides; a negated one ("declined to comment")
    // never makes a yes. Only ever "yes": the sources cannot prove a "no".
    const best = read.reduce<(typeof read)[number] | undefined>((b, x) => (!b || x.held > b.held ? x : b), undefined);
    const enough = best && (wanted === 0 || (best.held >= 1 && best.held / wanted >= 1 / 3));
    if (!best || !enough) return abstain(q, 'no-answer', related);
    const negation = NEGATION.exec(best.whole.text);
    if (negation) {
      // "An Alibaba spokesperson declined to comment": when the sentence says so, say so.
      if (best.held < wanted) return abstain(q, 'no-answer', related);
      const rest = best.whole.text.slice(negation.index);
      const clause = rest.slice(0, /[,.;:]/.exec(rest)?.index ?? rest.length);
      return answered(q, { ...best.whole, text: `No: ${clause}` }, best.r.sentence, best.r.score);
    }
    return answered(q, { ...best.whole, text: 'Yes' }, best.r.sentence, best.r.score);
  }

  /** "When was this article published?": the source's own dateline answers. */
  function aboutSource(q: QuestionAnalysis): Answer {
    const source = factBase.sources[0];
    const dateline = factBase.passages.find((p) => p.sourceId === source?.id && p.kind === 'dateline');
    const line = dateline?.sentences[0];
    if (!source?.publishedAt || !dateline || !line) return abstain(q, 'no-answer', []);
    const updated = q.terms.some((t) => /^updat/.test(t)) && source.updatedAt;
    const when = updated ? (source.updatedAt ?? source.publishedAt) : source.publishedAt;
    const sentence = dateline.sentences.find((s) => (updated ? /updat/i : /publish/i).test(s.text)) ?? line;
    const s: IndexedSentence = {
      id: -1,
      sentence,
      passage: dateline,
      source,
      entityIds: new Set(),
      terms: new Set(),
      vocabulary: new Set(),
      facts: [],
      tokens: [],
      names: [],
    };
    return answered(q, { text: describeDateTime(when), start: sentence.start, end: sentence.end, fit: 1 }, s, 1);
  }

  function answered(q: QuestionAnalysis, c: Candidate, s: IndexedSentence, score: number): Answer {
    return {
      question: q.question,
      answer: c.text,
      quote: s.sentence.text,
      evidence: { start: c.start, end: c.end, text: s.source.text.slice(c.start, c.end) },
      passage: { id: s.passage.id, index: s.passage.index, text: s.passage.text },
      source: sourceRef(s.source),
      confidence: Math.min(1, Number(score.toFixed(3))),
      related: [],
    };
  }
}

/** "2017-11-12T22:40:00+08:00" → "12 November 2017, 10:40pm" (the local time the source gives). */
function describeDateTime(iso: string): string {
  const [hours = 0, minutes = 0] = iso.slice(11, 16).split(':').map(Number);
  const clock = `${hours % 12 || 12}:${String(minutes).padStart(2, '0')}${hours < 12 ? 'am' : 'pm'}`;
  return `${describeDate(dateOf(iso))}, ${clock}`;
}

function sourceRef(source: Source): Answer['source'] {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    ...(source.publishedAt && { publishedAt: source.publishedAt }),
  };
}

function abstain(q: QuestionAnalysis, reason: AbstainReason, related: readonly IndexedSentence[]): Answer {
  const passages: PassageRef[] = [];
  for (const s of related) {
    if (passages.length === 3) break;
    if (!passages.some((p) => p.id === s.passage.id))
      passages.push({ id: s.passage.id, index: s.passage.index, text: s.passage.text });
  }
  return {
    question: q.question,
    answer: null,
    quote: null,
    evidence: null,
    passage: null,
    source: null,
    confidence: 0,
    reason,
    related: passages,
  };
}

/**
 * Uncovered entities whose name begins a covered one's ("Paytm" → "Paytm E-Commerce"): people
 * shorten names, and the longer unit is what the sources talk about.
 */
function standIns(entities: readonly Entity[], covered: ReadonlySet<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const short of entities) {
    if (covered.has(short.id)) continue;
    const long = entities.find(
      (e) =>
        covered.has(e.id) &&
        e.aliases.some((a) => short.aliases.some((s) => a.text.toLowerCase().startsWith(`${s.text.toLowerCase()} `))),
    );
    if (long) map.set(short.id, long.id);
  }
  return map;
}
