import MiniSearch from 'minisearch';
import type { FactBase } from '../factbase/schema';

/** Questions offered before anything is typed, and matched like the rest as one types. */
export const EXAMPLE_QUESTIONS = [
  'How many users does Alipay have?',
  'When was Alibaba Cloud founded?',
  'How much did Singles’ Day sell this year?',
  'Which markets does AliExpress operate in?',
  'Who runs Alipay?',
];

/** How many suggestions the popup shows at once. */
export const SUGGESTIONS = 5;

export interface Suggester {
  suggest(text: string): string[];
}

/**
 * Suggestions as the user types: MiniSearch over short phrases drawn from the fact base (an
 * entity's name with each thing the sources measure about it: "Alipay users", "Alibaba Cloud data
 * centres") and a few example questions; prefix and fuzzy matching, every typed word required.
 */
export function createSuggester(factBase: FactBase, examples: readonly string[] = EXAMPLE_QUESTIONS): Suggester {
  const names = new Map(factBase.entities.map((e) => [e.id, e.name]));
  const phrases = new Set<string>(examples);
  for (const fact of factBase.facts) phrases.add(`${names.get(fact.entityId) ?? fact.entityId} ${fact.attribute}`);
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
  index.addAll([...phrases].map((text, id) => ({ id, text })));
  return {
    suggest(text) {
      const query = text.trim();
      if (query === '') return examples.slice(0, SUGGESTIONS);
      return index
        .search(query, { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.35 : false), combineWith: 'AND' })
        .slice(0, SUGGESTIONS)
        .map((r) => String(r.text));
    },
  };
}
