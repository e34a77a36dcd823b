import { findOtherNames } from '../factbase/analyse-sentence';
import type { Entity, FactBase } from '../factbase/schema';
import { type ShortNames, shortNamesOf } from '../factbase/short-forms';
import { compileMatcher } from '../spot/match-aliases';
import { ACRONYMS, GROUPS_WORDS, isNationality } from './lexicon';
import type { Vocabulary } from './vocabulary';

/** Days and months are times, not names of anyone: "on Tuesday", "in March". */
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Ids of names found in the sources rather than the catalog start with this. */
export const ARTICLE_NAME_PREFIX = 'name-';

/** Words the engine reads as ordinary vocabulary, never as names: "IPO", "GMV". */
const ORDINARY = new Set([...ACRONYMS, ...GROUPS_WORDS]);

interface Found {
  text: string;
  /** Every place the name stands in a sentence opening (or after a bracket or quote) and nowhere else. */
  onlyOpening: boolean;
}

/** The id an article name gets: its words, kebab-cased. */
function articleNameId(text: string): string {
  return `${ARTICLE_NAME_PREFIX}${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/**
 * Proper names the sources use that the catalog does not know ("Paul Haswell", "Verifone",
 * "Hangzhou"), as entities of their own, so "Who is Paul Haswell?" finds his sentence and "How many
 * users does PayPal have?" is about PayPal, not about Alipay. `commonWords` (English) tell a
 * capitalised sentence opening ("Demand had been feverish") from a name.
 */
export function findArticleNames(factBase: FactBase, commonWords: ReadonlySet<string> = new Set()): Entity[] {
  // Every catalog name counts as known here, surnames too: "Evans" is Michael Evans, not a stranger.
  const matcher = compileMatcher(
    factBase.entities.map((e) => ({ ...e, aliases: e.aliases.map((a) => ({ ...a, needsContext: false })) })),
  );
  const found = new Map<string, Found>();
  for (const source of factBase.sources) {
    const lowerWords = new Set(source.text.match(/\b\p{Ll}[\p{Ll}-]*\b/gu) ?? []);
    const sentences = factBase.passages
      .filter((p) => p.sourceId === source.id && p.kind !== 'dateline')
      .flatMap((p) => p.sentences.map((s) => s.text));
    const raw = sentences.flatMap((text) => {
      const known = matcher.findMentions(text);
      return (
        findOtherNames(text, known, lowerWords)
          // "iResearch": a capital inside a word starts no name; "Chinese company" is no name.
          .filter((n) => !/[\p{L}\p{N}]/u.test(text[n.start - 1] ?? '') && !isDemonym(text, n))
          .map((n) => {
            // "A: Gross margin was…": a Q&A's speaker mark opens a sentence too.
            const opening = /^[\s“"‘'(]*(?:[QA]:\s*)?$/.test(text.slice(0, n.start));
            // "New York-listed", "Hangzhou-based": the name, not the adjective made of it.
            const name = withOf(text, n.end, n.text, known).replace(/-\p{Ll}+$/u, '');
            return { ...n, text: opening ? withoutOpeningWords(name, commonWords) : name, opening };
          })
      );
    });
    const ordinary = (word: string) => lowerWords.has(word.toLowerCase()) || commonWords.has(word.toLowerCase());
    for (const name of raw) {
      for (const part of splitPossessive(name.text, ordinary)) {
        if (isMeasureName(part, ordinary)) continue;
        const text = withoutTrailingWord(part);
        if (text.length < 2 || ORDINARY.has(text.toLowerCase()) || CALENDAR.test(text)) continue;
        const id = articleNameId(text);
        if (id === ARTICLE_NAME_PREFIX) continue;
        const onlyOpening = (found.get(id)?.onlyOpening ?? true) && name.opening && text === name.text;
        found.set(id, { text, onlyOpening });
      }
    }
  }
  return [...found]
    .filter(([, f]) => !(f.onlyOpening && !f.text.includes(' ') && commonWords.has(f.text.toLowerCase())))
    .map(([id, { text }]) => ({
      id,
      name: text,
      kind: 'external',
      relation: 'named in the sources; not an Alibaba unit',
      aliases: [text, ...withoutSuffix(text)].map((alias) => ({
        text: alias,
        caseSensitive: false,
        needsContext: false,
      })),
      renames: [],
    }));
}

/** Words that say what legal form a company has, which people leave out: "JD.com Inc" is "JD.com". */
const LEGAL_FORM = /\s+(?:Inc|Ltd|Limited|Corp|Corporation|Co|Plc|PLC|AG|SA|NV|LLC|Holdings?)\.?$/;

/** A company's name without its legal form, when it has one and is more than that. */
function withoutSuffix(text: string): string[] {
  const short = text.replace(LEGAL_FORM, '');
  return short !== text && short.length > 1 ? [short] : [];
}

/** "New York IPO", "Hong Kong IPO": the place names something; the acronym after it is an ordinary word. */
function withoutTrailingWord(text: string): string {
  const words = text.split(' ');
  while (
    words.length > 1 &&
    /^\p{Lu}{2,}s?$/u.test(words.at(-1) ?? '') &&
    ACRONYMS.includes(words.at(-1)?.toLowerCase() ?? '')
  )
    words.pop();
  return words.join(' ');
}

/** "Adjusted EBITA", "Net GMV": a measure with its qualifiers, capitalised at a sentence opening, names nobody. */
function isMeasureName(text: string, ordinary: (word: string) => boolean): boolean {
  const words = text.split(' ');
  const last = words.at(-1)?.toLowerCase() ?? '';
  return ORDINARY.has(last) && words.slice(0, -1).every((w) => ordinary(w) || ordinary(w.replace(/(?:ed|d|s)$/, '')));
}

/**
 * "People’s Bank" followed by "of China": the name runs on through "of" and a capitalised word, "JD"
 * through ".com", and a name of several words through its number; not into a catalog name ("One of
 * Alibaba’s shares").
 */
function withOf(sentence: string, end: number, text: string, known: readonly { start: number }[]): string {
  const more = /^(?: of \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*|\.(?:com|net|org|cn)\b)/u.exec(sentence.slice(end));
  // "SoftBank Vision Fund 2", "Qwen 2": a name of two words or more may end in its number.
  const numbered = text.includes(' ') ? NUMBERED.exec(sentence.slice(end)) : null;
  const tail = more ?? numbered;
  if (!tail || known.some((k) => k.start >= end && k.start < end + tail[0].length)) return text;
  return `${text}${tail[0]}`;
}
const NUMBERED =
  /^ \d{1,2}(?=[,.;:)]|\s+\p{Ll}|$)(?![.,]\d)(?!\s+(?:per\b|percent|million|billion|thousand|years?|months?|weeks?|days?|hours?|minutes?)\b)/u;

/** "Rival JD.com", "Executive chairman Eric Jing": the English words a sentence opens with are not the name. */
function withoutOpeningWords(name: string, commonWords: ReadonlySet<string>): string {
  const words = name.split(' ');
  let first = 0;
  while (first < words.length - 1 && commonWords.has((words[first] ?? '').toLowerCase())) first++;
  return words.slice(first).join(' ');
}

/** "Chinese company", "Asian financial hub": a word of nationality before a noun describes, it names nothing. */
function isDemonym(sentence: string, name: { text: string; end: number }): boolean {
  return isNationality(name.text.split(' ').at(-1) ?? '') && /^\s+\p{Ll}/u.test(sentence.slice(name.end));
}

/**
 * "China’s US" is two names, "People’s Bank of China" one: a possessive ends a name unless what
 * owns is an ordinary word.
 */
function splitPossessive(text: string, ordinary: (word: string) => boolean): string[] {
  const parts = text.split(/['’]s\b\s*/).map((t) => t.trim());
  const owner = parts[0] ?? '';
  return parts.length === 2 && ordinary(owner) && parts[1] !== '' ? [text] : parts;
}

/**
 * Everyone the sources name, as the engine reads them: the catalog with the short forms the sources
 * give its entities ("Ant"), the names outside it with theirs ("WeChat"), and the short names that
 * stand for whichever of several people was named last ("Zhang"); `shortNamesOf` reads them.
 */
export function namesOfSources(
  factBase: FactBase,
  vocabulary: Vocabulary,
  commonWords: ReadonlySet<string>,
): ShortNames {
  const found = findArticleNames(factBase, commonWords);
  // "European" of "European Commission" is an adjective, no short name for it.
  const ordinary = (w: string) =>
    vocabulary.lowercase.has(w.toLowerCase()) || commonWords.has(w.toLowerCase()) || isNationality(w);
  return shortNamesOf(
    factBase.sources.map((s) => s.text),
    factBase.entities,
    found,
    ordinary,
  );
}
