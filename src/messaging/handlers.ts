import type { FactBase } from '../factbase/schema';
import type { Request, ResponseOf } from './protocol';

export type Handlers = { [T in Request['type']]: (request: Extract<Request, { type: T }>) => ResponseOf<T> };

/** The background's answers to each request, over the given fact base. */
export function createHandlers(factBase: FactBase): Handlers {
  return {
    'factbase/summary': () => ({
      ok: true,
      value: {
        sources: factBase.sources.map(({ id, title, publisher, publishedAt }) => ({
          id,
          title,
          publisher,
          publishedAt,
        })),
        entities: factBase.entities.length,
        coveredEntities: new Set(factBase.facts.map((f) => f.entityId)).size,
        passages: factBase.passages.length,
        facts: factBase.facts.length,
      },
    }),
  };
}
