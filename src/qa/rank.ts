import { DESCRIBED } from '../factbase/anaphora';
import { isNationality } from '../factbase/demonyms';
import type { QuestionAnalysis } from './analyse-question';
import { isCatalogId } from './candidates';
import { namesTimeAsked } from './constraints';
import { Heap } from './heap';
import type { IndexedSentence, SearchIndex } from './search-index';
import type { Nearby } from './text-spans';

export interface RankedSentence {
  sentence: IndexedSentence;
  /** 0–1: how likely the sentence answers the question. */
  score: number;
}

/** Weights of the re-ranking features: who it is about, what it says, and the search engine's view. */
const WEIGHTS = { entity: 0.45, coverage: 0.4, search: 0.15, time: 0.1 };

/** A question's sentences in rank order, scored only as far as they are read. */
export interface Ranking {
  /** The best `n` sentences (of those holding `term`, as `holds` reads it), best first. */
  best(n: number, term?: string): RankedSentence[];
  /** The best sentences down to the last of the first `n` passages they stand in. */
  throughPassages(n: number): RankedSentence[];
}

/**
 * Ranks sentences for a question: the search finds them (fuzzy, prefix, with the entities' names
 * added to the query), then each is re-scored by whether it is about the question's entities, how
 * many of the question's terms it or its facts hold, and the search score. Sentences that name none
 * of the catalog entities asked about, or miss a non-catalog name the question uses, are left out.
 * Ties keep the sentences' order.
 *
 * Weighing every sentence about a common entity took 30 ms at 33,000 sentences, and the engine reads
 * a dozen (issue 7). So each gets a bound first, from the index's lists (whom it is about, how much
 * of the question it holds, its search score), and is weighed in full (names it must hold, the time
 * it names) only once its bound could still beat the best sentence not yet given out: the order is
 * exactly the order of weighing all.
 */
export function rankQuestion(index: SearchIndex, q: QuestionAnalysis, names: ReadonlyMap<string, string>): Ranking {
  const catalogIds = [...new Set(q.entities.map((e) => e.entityId).filter(isCatalogId))];
  const place = q.constraints.place?.toLowerCase();
  // A nationality describes ("the Russian joint venture"): sentences need not name the country.
  const otherIds = q.entities
    .filter((e) => !isCatalogId(e.entityId) && e.text.toLowerCase() !== place && !isNationality(e.text))
    .map((e) => e.entityId);
  const query = [q.question, ...catalogIds.map((id) => names.get(id) ?? '')].join(' ');
  const found = index.scores(query, q.typos);
  let top = 1;
  for (const score of found) if (score > top) top = score;
  const named = namedWeights(index, catalogIds);
  const coverage = coverages(index, q);
  const entityOf = (id: number) => (catalogIds.length === 0 ? 1 : (named[id] ?? 0) / catalogIds.length);
  const searchOf = (id: number) => (found[id] ?? 0) / top;
  const coverageOf = (id: number) => (q.terms.length === 0 ? 0.5 : (coverage[id] ?? 0));

  /** The sentence's score, or undefined when it is left out. */
  function scoreOf(s: IndexedSentence): number | undefined {
    if (!otherIds.every((id) => s.entityIds.has(id))) return undefined;
    // Every sentence of a story is about its subject; an entity beside it must be there in person.
    const beside = catalogIds.filter((id) => !s.topics.has(id));
    if (beside.length > 0 && !beside.some((id) => namedWeight(s, id) >= DESCRIBED)) return undefined;
    // A sentence that names the time asked about ("recorded in 2018") is likelier to hold its figure.
    const timed = namesTimeAsked(s, q) ? WEIGHTS.time : 0;
    return combine(entityOf(s.id), coverageOf(s.id), searchOf(s.id), timed);
  }

  // Only whether it names the time asked about is left out of a sentence's bound: a question
  // naming no time gets nothing for one.
  const mostTimed = q.constraints.from ? WEIGHTS.time : 0;
  const bounds = new Float64Array(index.sentences.length);
  const candidates: number[] = [];
  // A name outside the catalog the question uses ("Apple Pay") leaves out most sentences unweighed.
  const others = [...new Set(otherIds)];
  const namingOthers = aboutEach(index, others);
  for (let id = 0; id < index.sentences.length; id++) {
    if (catalogIds.length > 0 ? !named[id] : !found[id]) continue;
    if (namingOthers[id] !== others.length) continue;
    candidates.push(id);
    bounds[id] = combine(entityOf(id), coverageOf(id), searchOf(id), mostTimed);
  }
  const weigh = (id: number) => {
    const sentence = index.sentences[id];
    const score = sentence && scoreOf(sentence);
    return sentence && score !== undefined ? { sentence, score } : undefined;
  };
  const all = inOrder(candidates, bounds, weigh);
  return {
    best(n, term) {
      const held = term === undefined ? undefined : holdingTerm(index, term, q.nearby);
      const read = held
        ? inOrder(
            candidates.filter((id) => held[id]),
            bounds,
            weigh,
          )
        : all;
      const chosen: RankedSentence[] = [];
      for (let r = read(0); r && chosen.length < n; r = read(chosen.length)) chosen.push(r);
      return chosen;
    },
    throughPassages(n) {
      const passages = new Set<string>();
      const chosen: RankedSentence[] = [];
      for (let r = all(0); r; r = all(chosen.length)) {
        if (!passages.has(r.sentence.passage.id) && passages.size === n) break;
        passages.add(r.sentence.passage.id);
        chosen.push(r);
      }
      return chosen;
    },
  };
}

/**
 * Candidates in rank order, weighed (`weigh`, undefined for one left out) only once their bound could
 * still put them before the best weighed so far: `at(i)` is the `i`th, ranking only as far as needed.
 */
function inOrder(
  candidates: readonly number[],
  bounds: Float64Array,
  weigh: (id: number) => RankedSentence | undefined,
): (i: number) => RankedSentence | undefined {
  const boundOf = (id: number) => bounds[id] ?? 0;
  // Between equal bounds or scores, the earlier sentence first.
  const unweighed = new Heap<number>(
    (a, b) => boundOf(a) > boundOf(b) || (boundOf(a) === boundOf(b) && a < b),
    candidates,
  );
  const weighed = new Heap<RankedSentence>(
    (a, b) => a.score > b.score || (a.score === b.score && a.sentence.id < b.sentence.id),
  );
  const ranked: RankedSentence[] = [];
  const next = () => {
    for (;;) {
      const best = weighed.peek();
      const candidate = unweighed.peek();
      const settled =
        best &&
        candidate !== undefined &&
        (boundOf(candidate) < best.score || (boundOf(candidate) === best.score && candidate > best.sentence.id));
      if (candidate === undefined || settled) return weighed.pop();
      unweighed.pop();
      const r = weigh(candidate);
      if (r) weighed.push(r);
    }
  };
  return (i) => {
    while (ranked.length <= i) {
      const r = next();
      if (!r) return undefined;
      ranked.push(r);
    }
    return ranked[i];
  };
}

/** A sentence's score from its features, one way for the score and for its bound. */
function combine(entity: number, coverage: number, search: number, timed: number): number {
  return Math.min(1, WEIGHTS.entity * entity + WEIGHTS.coverage * coverage + WEIGHTS.search * search + timed);
}

/** How much a sentence is about an entity: 1 naming it, less only referring to it ("It is headquartered…"). */
function namedWeight(s: IndexedSentence, id: string): number {
  return s.referred.get(id) ?? (s.entityIds.has(id) ? 1 : 0);
}

/** How much each sentence, by id, is about the entities asked about together (`namedWeight` summed). */
function namedWeights(index: SearchIndex, entityIds: readonly string[]): Float64Array {
  const named = new Float64Array(index.sentences.length);
  for (const entityId of entityIds) {
    const { ids, weights } = index.about(entityId);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] ?? 0;
      named[id] = (named[id] ?? 0) + (weights[i] ?? 0);
    }
  }
  return named;
}

/**
 * How much of the question's terms each sentence holds, by id: `termShare` of its `credits`, summed
 * term by term in the same order so the figures agree to the bit, but over the index's lists of the
 * sentences holding each term and its forms rather than over every sentence.
 */
function coverages(index: SearchIndex, q: QuestionAnalysis): Float64Array {
  const coverage = new Float64Array(index.sentences.length);
  const weight = (t: string) => q.weights?.get(t) ?? 1;
  const total = q.terms.reduce((sum, t) => sum + weight(t), 0);
  if (total === 0) return coverage;
  const credit = new Float64Array(index.sentences.length);
  for (const term of q.terms) {
    const forms = [...(q.nearby.get(term) ?? [])];
    // `credit`: 1 for the term as it is, else the most any of its forms held counts.
    for (const [form, c] of forms) for (const id of index.holding(form)) if (c > (credit[id] ?? 0)) credit[id] = c;
    for (const id of index.holding(term)) credit[id] = 1;
    const w = weight(term);
    for (const form of [term, ...forms.map(([f]) => f)])
      for (const id of index.holding(form)) {
        coverage[id] = (coverage[id] ?? 0) + (credit[id] ?? 0) * w;
        credit[id] = 0;
      }
  }
  for (let id = 0; id < coverage.length; id++) coverage[id] = (coverage[id] ?? 0) / total;
  return coverage;
}

/** How many of the (distinct) entities each sentence, by id, is about. */
function aboutEach(index: SearchIndex, entityIds: readonly string[]): Uint16Array {
  const count = new Uint16Array(index.sentences.length);
  for (const entityId of entityIds) for (const id of index.about(entityId).ids) count[id] = (count[id] ?? 0) + 1;
  return count;
}

/** Which sentences, by id, hold a term, as `holds` reads it: as it is or in a form near it. */
function holdingTerm(index: SearchIndex, term: string, nearby: Nearby): Uint8Array {
  const held = new Uint8Array(index.sentences.length);
  const forms = [...(nearby.get(term) ?? [])].filter(([, c]) => c > 0).map(([form]) => form);
  for (const form of [term, ...forms]) for (const id of index.holding(form)) held[id] = 1;
  return held;
}
