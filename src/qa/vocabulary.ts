import { type CalendarDate, dateOf } from '../factbase/dates';
import type { FactBase } from '../factbase/schema';
import { editDistance } from './entity-lexicon';
import { ACRONYMS, GROUPS_WORDS, phrasesIn, stem } from './lexicon';

/** What the sources know of words, for telling names, typos and ordinary words apart. */
export interface Vocabulary {
  /** Every word the sources use, lower-cased, and the common words of English. */
  all: ReadonlySet<string>;
  /** Every word the sources use, lower-cased: what a misspelt word is compared with. */
  sourceWords: ReadonlySet<string>;
  /** Words the sources write in lower case: ordinary words, never places or names. */
  lowercase: ReadonlySet<string>;
  /** The stems of every word the sources use: a question term outside it is probably misspelt. */
  stems: ReadonlySet<string>;
  /** The stems and phrase concepts the sources' own text holds, without the lexicon's words. */
  used: ReadonlySet<string>;
  /** The newest source's publication date: what "last year" in a question is counted from. */
  reference: CalendarDate | undefined;
  /** Source words (or stems) within `edits` edits of `word`, for words of five letters or more. */
  near(word: string, edits: 1 | 2, among: 'words' | 'stems'): readonly string[];
}

/** Words grouped by length, so a near-word search only compares words that could be near. */
function byLength(words: Iterable<string>): Map<number, string[]> {
  const buckets = new Map<number, string[]>();
  for (const w of words) buckets.set(w.length, [...(buckets.get(w.length) ?? []), w]);
  return buckets;
}

/** The words of the sources (and of English), and the date the newest source was published. */
export function vocabularyOf(factBase: FactBase, commonWords: ReadonlySet<string>): Vocabulary {
  const sourceWords = new Set<string>([...GROUPS_WORDS, ...ACRONYMS]);
  const lowercase = new Set<string>(GROUPS_WORDS);
  let reference: CalendarDate | undefined;
  const written = new Set<string>();
  for (const source of factBase.sources) {
    for (const word of source.text.match(/[\p{L}\p{N}]+(?:['’.&-][\p{L}\p{N}]+)*/gu) ?? []) {
      sourceWords.add(word.toLowerCase());
      written.add(word.toLowerCase());
      if (/^\p{Ll}/u.test(word)) lowercase.add(word);
    }
    const published = source.publishedAt ? dateOf(source.publishedAt) : undefined;
    if (published && (!reference || published.year > reference.year)) reference = published;
  }
  for (const e of factBase.entities)
    for (const a of e.aliases) for (const w of a.text.toLowerCase().split(/\s+/)) sourceWords.add(w);
  // A phrase's concept ("no more than" → maximum) is a word the sources use, too.
  const phrases = factBase.sources.flatMap((source) => phrasesIn(source.text).map((p) => p.concept));
  const stems = new Set([...sourceWords].flatMap((w) => [stem(w), ...w.split('-').map(stem)]).concat(phrases));
  const used = new Set([...written].flatMap((w) => [stem(w), ...w.split('-').map(stem)]).concat(phrases));
  const buckets = { words: byLength(sourceWords), stems: byLength(stems) };
  // Questions repeat their words; a near-word search is remembered (a few thousand at most).
  const cache = new Map<string, readonly string[]>();
  return {
    all: new Set([...sourceWords, ...commonWords]),
    sourceWords,
    lowercase,
    stems,
    used,
    reference,
    near(word, edits, among) {
      const key = `${edits}${among} ${word}`;
      const cached = cache.get(key);
      if (cached) return cached;
      const found: string[] = [];
      if (word.length >= 5) {
        for (let length = word.length - edits; length <= word.length + edits; length++) {
          for (const w of buckets[among].get(length) ?? []) if (editDistance(word, w, edits) <= edits) found.push(w);
        }
      }
      if (cache.size > 5000) cache.clear();
      cache.set(key, found);
      return found;
    },
  };
}
