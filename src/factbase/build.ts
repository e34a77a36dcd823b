import { compileMatcher } from '../spot/match-aliases';
import { extractFacts } from './extract';
import { type ArticleInput, parseArticle } from './parse-article';
import { type Entity, FactBase } from './schema';
import { shortFormsOf } from './short-forms';
import { parseData } from './validate';

/**
 * Builds the fact base from plain-text articles and the entity catalog: passages, sentences and
 * facts, all with offsets into the unchanged article text. Validates the result before returning.
 */
export function buildFactBase(articles: readonly ArticleInput[], entities: readonly Entity[]): FactBase {
  const matcher = compileMatcher(entities);
  const shortForms = shortFormsOf(entities);
  const parsed = articles.map(parseArticle);
  const base = {
    version: 1 as const,
    sources: parsed.map((a) => a.source),
    passages: parsed.flatMap((a) => a.passages),
    entities: [...entities],
    facts: parsed.flatMap((a) => extractFacts(a, { matcher, entities, shortForms })),
  };
  return parseData(FactBase, base, 'built fact base');
}
