/** How many texts a cache keeps before it starts again: a few thousand sentences and questions. */
const LIMIT = 5000;

/**
 * The value `work` gives for `key`, worked out once: sentences and questions are read again and
 * again, and what is read from a text alone does not depend on the question.
 */
export function remember<T>(cache: Map<string, T>, key: string, work: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = work();
  if (cache.size > LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
