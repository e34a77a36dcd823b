import lunr from 'lunr';
import type { SearchDocument } from '../qa/search-index';
import { SEARCH_OPTIONS } from '../qa/search-index';

/**
 * A Lunr index over the same documents as the answer engine's MiniSearch index, each field weighted
 * by the same boost (Lunr boosts at indexing time, MiniSearch at search time). Lunr's default
 * pipeline: stop words dropped, Porter stemmer.
 */
export function buildLunrIndex(documents: readonly SearchDocument[]): lunr.Index {
  const boost: Record<string, number> = SEARCH_OPTIONS.searchOptions?.boost ?? {};
  return lunr(function () {
    this.ref('id');
    for (const field of SEARCH_OPTIONS.fields) this.field(field, { boost: boost[field] ?? 1 });
    for (const doc of documents) this.add(doc);
  });
}

/**
 * The question's words as one OR query, as MiniSearch's `combineWith: 'OR'` reads it: trimmed of
 * punctuation as Lunr trims the words it indexes ("Alipay?" → "alipay"; its search pipeline only
 * stems), then stemmed. Built with `query` rather than `search`, whose query language would read a
 * question's ':' '-' '+' '~' '^' '*' as operators, and throw on some.
 */
export function searchLunr(index: lunr.Index, question: string): lunr.Index.Result[] {
  const words = lunr.tokenizer(question).map((token) => lunr.trimmer(token));
  return index.query((query) => {
    query.term(words, {});
  });
}
