import { DESCRIBED } from '../factbase/anaphora';
import type { QuestionAnalysis } from './analyse-question';
import { isCatalogId } from './candidates';
import { namesTimeAsked } from './constraints';
import type { IndexedSentence, SearchIndex } from './search-index';
import { credits, termShare } from './text-spans';

export interface RankedSentence {
  sentence: IndexedSentence;
  /** 0–1: how likely the sentence answers the question. */
  score: number;
}

/** Weights of the re-ranking features: who it is about, what it says, and the search engine's view. */
const WEIGHTS = { entity: 0.45, coverage: 0.4, search: 0.15, time: 0.1 };

/**
 * Ranks sentences for a question: MiniSearch finds them (fuzzy, prefix, with the entities' names
 * added to the query), then each is re-scored by whether it is about the question's entities, how
 * many of the question's terms it or its facts hold, and the search score. Sentences that name none
 * of the catalog entities asked about, or miss a non-catalog name the question uses, are left out.
 */
export function rankSentences(
  index: SearchIndex,
  q: QuestionAnalysis,
  names: ReadonlyMap<string, string>,
): RankedSentence[] {
  const catalogIds = [...new Set(q.entities.map((e) => e.entityId).filter(isCatalogId))];
  const place = q.constraints.place?.toLowerCase();
  const otherIds = q.entities
    .filter((e) => !isCatalogId(e.entityId) && e.text.toLowerCase() !== place)
    .map((e) => e.entityId);
  const query = [q.question, ...catalogIds.map((id) => names.get(id) ?? '')].join(' ');
  const found = new Map(index.search(query, q.typos).map((r) => [r.sentence.id, r.score]));
  const top = Math.max(1, ...found.values());
  const ranked: RankedSentence[] = [];
  for (const s of index.sentences) {
    // A sentence that only refers to the entity ("It is headquartered…") is weaker evidence than one naming it.
    const weight = (id: string) => s.referred.get(id) ?? (s.entityIds.has(id) ? 1 : 0);
    const named = catalogIds.reduce((n, id) => n + weight(id), 0);
    if (!found.has(s.id) && named === 0) continue;
    if (!otherIds.every((id) => s.entityIds.has(id)) || (catalogIds.length > 0 && named === 0)) continue;
    // Every sentence of a story is about its subject; an entity beside it must be there in person.
    const beside = catalogIds.filter((id) => !s.topics.has(id));
    if (beside.length > 0 && !beside.some((id) => weight(id) >= DESCRIBED)) continue;
    const entity = catalogIds.length === 0 ? 1 : named / catalogIds.length;
    const coverage =
      q.terms.length === 0 ? 0.5 : termShare(credits(s.vocabulary, q.terms, q.nearby), q.terms, q.weights);
    const search = (found.get(s.id) ?? 0) / top;
    // A sentence that names the time asked about ("recorded in 2018") is likelier to hold its figure.
    const timed = namesTimeAsked(s, q) ? WEIGHTS.time : 0;
    ranked.push({
      sentence: s,
      score: Math.min(1, WEIGHTS.entity * entity + WEIGHTS.coverage * coverage + WEIGHTS.search * search + timed),
    });
  }
  return ranked.sort((a, b) => b.score - a.score);
}
