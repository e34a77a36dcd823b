import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { DATA_DIR } from './load-data';

/**
 * Builds `data/common-words.txt`: words that real web pages write in lower case inside sentences
 * at least a third as often as capitalised (names like "Google" are almost always capitalised;
 * "news" is in headlines too), on at least two pages. The answer engine reads a word of a question that the
 * sources never use as a name ("Tencent") unless it is one of these ("time", "size").
 * Run with `npx tsx src/node/common-words.ts [PAGES_DIR]`; the output is committed.
 */
export function commonWords(pagesDir: string): string[] {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  const pages = new Map<string, number>();
  for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.html'))) {
    const { document } = parseHTML(readFileSync(join(pagesDir, file), 'utf8'));
    for (const el of document.querySelectorAll('script,style,noscript')) el.remove();
    const text = (document.body?.textContent ?? '').replace(/\s+/g, ' ');
    const seen = new Set<string>();
    // Only words inside a sentence: a capital there marks a name, not a sentence start.
    for (const m of text.matchAll(/(?<=[a-z,;] )([A-Za-z][a-z'-]*[a-z])\b/g)) {
      const word = m[1] ?? '';
      const key = word.toLowerCase();
      const counts = word === key ? lower : upper;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (word === key) seen.add(key);
    }
    for (const w of seen) pages.set(w, (pages.get(w) ?? 0) + 1);
  }
  return [...lower]
    .filter(([w, n]) => w.length >= 3 && (pages.get(w) ?? 0) >= 2 && 3 * n >= (upper.get(w) ?? 0))
    .map(([w]) => w)
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? join(DATA_DIR, '../../shared/pages/readability');
  const words = commonWords(dir);
  writeFileSync(join(DATA_DIR, 'common-words.txt'), `${words.join('\n')}\n`);
  process.stdout.write(`wrote ${words.length} words to data/common-words.txt\n`);
}
