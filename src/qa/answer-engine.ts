import type { Entity, FactBase } from '../factbase/schema';
import { analyseQuestion, asKind, type QuestionAnalysis } from './analyse-question';
import { type Answer, abstain, answered } from './answer';
import { namesOfSources } from './article-names';
import { type Candidate, type CandidateContext, candidatesIn, isCatalogId } from './candidates';
import { isPast, missesEarlier, satisfies } from './constraints';
import { createEntityLexicon } from './entity-lexicon';
import { asksFigure, counted, measureFit, measureTerms, PER_SHARE_ASKED } from './measure';
import { eventTime } from './question-event';
import type { AnswerKind } from './question-kind';
import { type RankedSentence, rankQuestion } from './rank';
import { buildSearchIndex, type IndexedSentence } from './search-index';
import { aboutSource, yesNo } from './special-answers';
import type { NameSpan } from './text-spans';
import { vocabularyOf } from './vocabulary';

export type { AbstainReason, Answer, PassageRef } from './answer';

export interface AnswerEngine {
  answer(question: string): Answer;
}

interface Best {
  candidate: Candidate;
  sentence: IndexedSentence;
  /** What candidates are ranked by. */
  score: number;
  /** How sure the engine is of it: the score before preferences that only break ties between answers. */
  confidence: number;
}

/**
 * Kinds a keyword query is also read as, after the one its keywords suggest: "hellopay countries"
 * may want a count or the list of them; a query with no telling keyword may want anything.
 */
const ALSO_TRIED: Partial<Record<AnswerKind, AnswerKind[]>> = {
  quantity: ['place', 'thing'],
  // "peak transactions per second": a count of them, as well as their value.
  money: ['quantity', 'percent', 'thing'],
  percent: ['thing'],
  place: ['quantity', 'thing'],
  thing: ['quantity', 'money', 'percent', 'date', 'place', 'agent'],
};

/**
 * Kinds a stated question is also read as: "how much", "how big" and "how many" ask for an amount,
 * and the amount may be a share ("How big is Alibaba's stake?" → 33 per cent; "how many extra
 * shares?" → up to an additional 15 per cent).
 */
const ALSO_STATED: Partial<Record<AnswerKind, AnswerKind[]>> = {
  money: ['percent'],
  quantity: ['percent'],
};
/** "How big is the hub?" asks for a size, which may be an area or a count as well as money. */
const SIZE = /\bhow\s+(?:big|large)\b/i;

/**
 * Measures that are amounts of money, never shares: "What was the revenue?" is not answered by the
 * revenue's growth in per cent, unless the question asks about a rate too ("revenue growth").
 */
const MONEY_MEASURES = new Set('revenue transaction profit price valuation capitalisation raise'.split(' '));
const RATES = new Set(['growth', 'decline', 'share', 'stake', 'lose']);
/** What a count may be a share of: "how many extra shares", "how much of the stake". */
const SHARE_COUNTED = new Set(['share', 'stake', 'stock', 'percent', 'percentage']);

/** Words that ask about an earlier time than the story's: "the very first Singles' Day", "a year earlier". */
const HISTORY =
  /\b(?:ago|earlier|previous(?:ly)?|before|original(?:ly)?|initial(?:ly)?|first|began|begin|launch(?:ed)?|found(?:ed)?|used\s+to|back\s+then|then)\b/i;

/** Whether a question names a time or asks about the past: then a figure of the past may answer it. */
function asksHistory(q: QuestionAnalysis): boolean {
  return q.constraints.from !== undefined || HISTORY.test(q.question);
}

/** Whether the question asks for an amount. */
function numeric(q: QuestionAnalysis): boolean {
  return q.kind === 'quantity' || q.kind === 'money' || q.kind === 'percent';
}

/**
 * Whether a question about an amount may be answered by a share: not when it asks for money by name,
 * nor for what one share costs ("What price per share did it pay for its stake?").
 */
function mayBeShare(q: QuestionAnalysis): boolean {
  if (PER_SHARE_ASKED.test(q.question)) return false;
  // "How many monthly active users…" counts people: a share of them is no count ("how many extra
  // shares" may be one).
  const things = counted(q.question);
  if (q.kind === 'quantity' && things.length > 0 && !things.some((t) => SHARE_COUNTED.has(t))) return false;
  return !q.terms.some((t) => MONEY_MEASURES.has(t)) || q.terms.some((t) => RATES.has(t));
}

/** How sure the engine must be to answer rather than say the sources do not. */
const MIN_CONFIDENCE = 0.3;
/** How well a candidate must fit the question's terms to be considered at all. */
const MIN_FIT = 0.25;
/** How many of the best sentences are read for an answer, as `yesNo` reads them. */
const READ = 6;
/** How many passages an abstention offers as related reading (`abstain`). */
const RELATED = 3;
const ABOUT_THE_SOURCE = /\b(?:publish|updat|written|wrote|writ|post)/i;

export interface EngineOptions {
  /** Ordinary English words (`data/common-words.txt`): never taken for names the sources lack. */
  commonWords?: ReadonlySet<string>;
  /** Told how each question was read and weighed, for `eval:qa --trace`. */
  trace?: (line: string) => void;
}

/** An answer's words, for telling two sentences that give the same one. */
const answerKey = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Builds the engine over a fact base: the index and lexicons are made once, here. */
export function createAnswerEngine(factBase: FactBase, options: EngineOptions = {}): AnswerEngine {
  const commonWords = options.commonWords ?? new Set<string>();
  const vocabulary = vocabularyOf(factBase, commonWords);
  const { entities, articleNames, ambiguous } = namesOfSources(factBase, vocabulary, commonWords);
  const index = buildSearchIndex({ ...factBase, entities }, articleNames, ambiguous);
  const everyone = [...entities, ...articleNames];
  const names = new Map(everyone.map((e) => [e.id, e.name]));
  const kinds = new Map(everyone.map((e) => [e.id, e.kind]));
  const { trace } = options;
  const lexicon = createEntityLexicon(everyone, vocabulary.lowercase);
  const covered = new Set(index.sentences.flatMap((s) => [...s.entityIds]));
  const stand = standIns(entities, covered);

  return {
    answer(question) {
      const q = analyseQuestion(question, lexicon, vocabulary);
      trace?.(`analysis ${JSON.stringify({ ...q, typos: [...q.typos], allTerms: undefined })}`);
      // "Paytm" asked, "Paytm E-Commerce" covered: the covered unit answers for the name.
      q.entities = q.entities.map((e) =>
        covered.has(e.entityId) ? e : { ...e, entityId: stand.get(e.entityId) ?? e.entityId },
      );
      if (q.unknownNames.length > 0) return abstain(q, 'unknown-entity', []);
      // "…when Alibaba bought in?": the time the sources give that event bounds the answer.
      const during = q.event && !q.constraints.from ? eventTime(q.event, factBase.facts) : undefined;
      if (during) Object.assign(q.constraints, during);
      if (q.entities.some((e) => !covered.has(e.entityId))) return abstain(q, 'not-covered', []);
      if (q.kind === 'date' && q.entities.length === 0 && q.terms.some((t) => ABOUT_THE_SOURCE.test(t)))
        return aboutSource(q, factBase);
      // A keyword query is all content: a word the sources never use means they do not say.
      if (!q.kindStated && q.missing.length > 0) return abstain(q, 'no-answer', []);
      q.weights = termWeights(q);
      const ranking = rankQuestion(index, q, names);
      const ranked = ranking.best(READ);
      // What `abstain` offers as related reading: the best sentences' first passages.
      const related = ranking.throughPassages(RELATED).map((r) => r.sentence);
      if (q.kind === 'yes-no') return yesNo(q, ranked, related);
      // Every kind the question may want is tried, the stated or guessed one first: a keyword query
      // does not say, and "how much" may be a share.
      const tried: AnswerKind[] = [
        q.kind,
        ...((q.kindStated ? ALSO_STATED : ALSO_TRIED)[q.kind] ?? []).filter(
          (k) => k !== q.kind && (k !== 'percent' || mayBeShare(q)),
        ),
        ...(q.kind === 'money' && SIZE.test(q.question) ? ['quantity' as const] : []),
        // "What adjusted EBITA did it report?" names a measure only a figure answers.
        ...(q.kind === 'thing' && q.kindStated && asksFigure(q) ? ['money' as const, 'percent' as const] : []),
      ];
      let best: Best | undefined;
      let blocked = false;
      // Read as another kind, a keyword query still measures what its keyword says ("11.11 total
      // transactions" is not answered by "140,000 total brands"), unless the kind is the keyword's own
      // ("hellopay countries" as places).
      const { keyword } = q;
      const measured = keyword ? ranking.best(READ, keyword) : ranked;
      for (const [i, kind] of tried.entries()) {
        const read = i === 0 ? q : asKind(q, kind);
        const keep = i > 0 && keyword && read.terms.includes(keyword);
        const found = bestCandidate(read, keep ? measured : ranked, i === 0 ? 1 : 0.9);
        blocked ||= found.blocked;
        if (found.best && (!best || found.best.score > best.score)) best = found.best;
      }
      if (!best || best.confidence < MIN_CONFIDENCE) return abstain(q, blocked ? 'constraint' : 'no-answer', related);
      return answered(q, best.candidate, best.sentence, best.confidence);
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
      kinds,
      reference: vocabulary.reference,
    };
    let best: Best | undefined;
    let blocked = false;
    const measures = measureTerms(q);
    for (const r of ranked.slice(0, READ)) {
      trace?.(
        `sentence ${r.score.toFixed(2)} ¶${r.sentence.passage.index} ${q.kind}: ${r.sentence.sentence.text.slice(0, 90)}`,
      );
      for (const found of candidatesIn(r.sentence, context, namesIn(r.sentence, q))) {
        // A figure of something else than the measure asked about fits less, often too little.
        // …and one of now is no answer about the year before.
        const earlier = missesEarlier(found, r.sentence, q) ? 0.5 : 1;
        const candidate = { ...found, fit: found.fit * measureFit(found, r.sentence, q, measures) * earlier };
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
        // Asked for a figure with no time named, the story’s present is meant, not its history: a
        // figure of years gone by ranks below one of now, but is no less sure when it is all there is.
        const present = numeric(q) && !asksHistory(q) && isPast(candidate, r.sentence) ? 0.7 : 1;
        const confidence =
          place *
          weight *
          (0.55 * candidate.fit + 0.3 * r.score + (candidate.fact && !candidate.periodOnly ? 0.15 : 0.05));
        const score = present * confidence;
        if (!best || score > best.score) best = { candidate, sentence: r.sentence, score, confidence };
      }
    }
    if (best?.sentence.passage.kind === 'title') best = citedInBody(best, ranked, context, q);
    return { ...(best && { best }), blocked };
  }

  /**
   * A headline's answer, cited where the body says it: the first body sentence read that gives the
   * same answer (however loosely it is bound to the question's words), with the headline's sureness.
   */
  function citedInBody(
    best: Best,
    ranked: readonly RankedSentence[],
    context: CandidateContext,
    q: QuestionAnalysis,
  ): Best {
    const said = answerKey(best.candidate.text);
    for (const r of ranked.slice(0, READ)) {
      if (r.sentence.passage.kind !== 'body') continue;
      const same = candidatesIn(r.sentence, context, namesIn(r.sentence, q)).find(
        (c) => answerKey(c.text) === said && satisfies(c, r.sentence, q),
      );
      if (same) return { ...best, candidate: { ...same, fit: best.candidate.fit }, sentence: r.sentence };
    }
    return best;
  }

  /**
   * How telling each term is: a word few sentences hold says more about which one answers than one
   * many hold ("CEO" more than "runs"), as in tf–idf, damped so no word outweighs three others. An
   * amount the question names ("to pass 1 billion yuan") says most: it picks out one milestone.
   */
  function termWeights(q: QuestionAnalysis): Map<string, number> {
    const n = index.sentences.length;
    return new Map(
      [...q.allTerms, ...q.terms].map((t) => {
        const idf = 1 + 0.5 * Math.log((n + 1) / (index.frequency(t, q.nearby) + 1));
        return [t, t.startsWith('#') ? 2 * idf : idf];
      }),
    );
  }

  function namesIn(s: IndexedSentence, q: QuestionAnalysis): NameSpan[] {
    const asked = new Set(q.entities.map((e) => e.entityId));
    return s.names.map((m) => ({ ...m, inQuestion: asked.has(m.entityId), kind: kinds.get(m.entityId) ?? 'external' }));
  }
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
