import type { Entity } from '../factbase/schema';
import type { IndexedSentence } from '../qa/search-index';

/** One sentence as the answer engine's MiniSearch index stores it. */
export interface SearchDocument {
  id: number;
  text: string;
  entities: string;
  attributes: string;
  passage: string;
}

/**
 * The documents `buildSearchIndex` gives MiniSearch, rebuilt from its sentences: the sentence, the
 * names of its entities, its facts' attributes and its paragraph. Rebuilt here because search-index.ts
 * keeps them to itself; the benchmark needs them to serialise that index and to give Lunr the same
 * input. Keep in step with `buildSearchIndex`.
 */
export function searchDocuments(sentences: readonly IndexedSentence[], entities: readonly Entity[]): SearchDocument[] {
  const names = new Map(entities.map((e) => [e.id, [e.name, ...e.aliases.map((a) => a.text)].join(' ')]));
  return sentences.map((s) => ({
    id: s.id,
    text: s.sentence.text,
    entities: [...s.entityIds].map((id) => names.get(id) ?? '').join(' '),
    attributes: s.facts.map((f) => f.attribute).join(' '),
    passage: s.passage.text,
  }));
}
