import type { Entity } from '../factbase/schema';
import { findUnitReferences, unitWordsOf } from '../factbase/unit-references';
import { words } from './lexicon';

/** An entity named in a question, perhaps misspelt. */
export interface QuestionEntity {
  entityId: string;
  /** The question's own words for it. */
  text: string;
  start: number;
  end: number;
  /** Edit distance to the nearest alias: 0 for an exact name. */
  distance: number;
}

/** Finds entities in questions: exact names in any case, and names with a typo or two. */
export interface EntityLexicon {
  find(question: string): QuestionEntity[];
}

interface AliasKey {
  entityId: string;
  compact: string;
}

const FUNCTION_WORDS = new Set(
  'a an the is are was were be do does did has have had in on at of to for by with and or how what which who when where why its their as from into about than like over after before since'.split(
    ' ',
  ),
);

/** A name's words as a lookup key: lower case, no apostrophes ("Singles’ Day" → "singles day"). */
function tokenKey(text: string): string {
  return nameTokens(text)
    .map((t) => t.key)
    .join(' ');
}

/** The words of a text for name lookup, with offsets; "Alibaba's" is the word "alibaba". */
function nameTokens(text: string): { key: string; start: number; end: number; possessive: boolean }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:[.&-][\p{L}\p{N}]+)*(?:['’ʼ][\p{L}]+)?/gu)].map((m) => {
    const word = m[0].replace(/['’ʼ]s$/i, '');
    const key = word.toLowerCase().replace(/['’ʼ]/g, '');
    return { key, start: m.index, end: m.index + word.length, possessive: word.length < m[0].length };
  });
}

/** How many edits a name of this length may carry and still be recognised. */
function allowedEdits(length: number): number {
  if (length >= 9) return 2;
  return length >= 5 ? 1 : 0;
}

/** Lower case, no apostrophes, no spaces, dots or hyphens: "Ali Express" and "aliexpress" meet. */
function compactOf(text: string): string {
  return text.toLowerCase().replace(/['’ʼ\s.-]/g, '');
}

/**
 * Builds the lexicon from entities. `knownWords` are real words (the sources' vocabulary), which are
 * never taken for a misspelt name: "paying" is not "Paytm".
 */
export function createEntityLexicon(entities: readonly Entity[], knownWords: ReadonlySet<string>): EntityLexicon {
  // People type names in any case, and a surname alone is a fine way to ask about someone. Latin
  // names are looked up by their words (a map per length), which is much faster on short questions
  // than one large regular expression; Han names, which have no word breaks, by substring.
  const byWords = new Map<string, string>();
  // A name that is also an ordinary word of the sources ("People") is a name only when capitalised.
  const cased = new Set<string>();
  const han: { text: string; entityId: string }[] = [];
  let longest = 1;
  for (const e of entities) {
    for (const a of e.aliases) {
      if (/\p{Script=Han}/u.test(a.text)) han.push({ text: a.text, entityId: e.id });
      else {
        const key = tokenKey(a.text);
        byWords.set(key, e.id);
        if (knownWords.has(key)) cased.add(key);
        longest = Math.max(longest, key.split(' ').length);
      }
    }
  }
  const exact = (question: string): QuestionEntity[] => {
    const tokens = nameTokens(question);
    const found: QuestionEntity[] = [];
    for (let i = 0; i < tokens.length; ) {
      let matched = 0;
      for (let n = Math.min(longest, tokens.length - i); n >= 1 && matched === 0; n--) {
        const part = tokens.slice(i, i + n);
        // A possessive ends a name: "Hong Kong's stock exchange" names Hong Kong.
        if (part.slice(0, -1).some((t) => t.possessive)) continue;
        const key = part.map((t) => t.key).join(' ');
        const entityId = byWords.get(key);
        const first = part[0];
        const last = part.at(-1);
        if (entityId && first && last && (!cased.has(key) || /^\p{Lu}/u.test(question.slice(first.start)))) {
          found.push({
            entityId,
            text: question.slice(first.start, last.end),
            start: first.start,
            end: last.end,
            distance: 0,
          });
          matched = n;
        }
      }
      i += matched || 1;
    }
    for (const h of han) {
      for (let at = question.indexOf(h.text); at >= 0; at = question.indexOf(h.text, at + h.text.length)) {
        found.push({ entityId: h.entityId, text: h.text, start: at, end: at + h.text.length, distance: 0 });
      }
    }
    return found;
  };
  // "Ali Health" for "Alibaba Health": people clip a long name's first word and keep the rest.
  const clippable = [...byWords.entries()]
    .map(([key, entityId]) => ({ words: key.split(' '), entityId }))
    .filter((a) => a.words.length >= 2 && (a.words[0]?.length ?? 0) >= 6);
  const clipped = (question: string): QuestionEntity[] => {
    const tokens = nameTokens(question);
    return tokens.flatMap((first, i) => {
      const clip = first.key;
      if (clip.length < 3 || knownWords.has(clip)) return [];
      const alias = clippable.find(
        (a) =>
          a.words[0] !== clip &&
          a.words[0]?.startsWith(clip) &&
          a.words.slice(1).every((w, k) => tokens[i + 1 + k]?.key === w),
      );
      const last = alias && tokens[i + alias.words.length - 1];
      return alias && last
        ? [
            {
              entityId: alias.entityId,
              text: question.slice(first.start, last.end),
              start: first.start,
              end: last.end,
              distance: 1,
            },
          ]
        : [];
    });
  };
  // "Alibaba's international commerce" for "Alibaba International Digital Commerce": a long name
  // with one word in its middle left out ("Hong Kong's stock" is no stock exchange).
  const long = [...byWords.entries()]
    .map(([key, entityId]) => ({ words: key.split(' '), entityId }))
    .filter((a) => a.words.length >= 4);
  const shortened = (question: string): QuestionEntity[] => {
    const tokens = nameTokens(question);
    return tokens.flatMap((first, i) =>
      long.flatMap((a) => {
        if (a.words[0] !== first.key) return [];
        for (let drop = 1; drop < a.words.length - 1; drop++) {
          const rest = a.words.filter((_, k) => k !== drop);
          const window = tokens.slice(i, i + rest.length);
          const last = window.at(-1);
          if (last && window.length === rest.length && window.every((t, k) => t.key === rest[k]))
            return [
              {
                entityId: a.entityId,
                text: question.slice(first.start, last.end),
                start: first.start,
                end: last.end,
                distance: 1,
              },
            ];
        }
        return [];
      }),
    );
  };
  // Typos rarely touch a name's first two letters both: keys are looked up by each of them.
  const byLetter = new Map<string, AliasKey[]>();
  for (const e of entities) {
    for (const a of e.aliases) {
      if (/\p{Script=Han}/u.test(a.text)) continue;
      const key = { entityId: e.id, compact: compactOf(a.text) };
      for (const letter of new Set([`0${key.compact[0]}`, `1${key.compact[1]}`])) {
        byLetter.set(letter, [...(byLetter.get(letter) ?? []), key]);
      }
    }
  }

  function nearestAlias(gram: string): { entityId: string; distance: number } | undefined {
    const compact = compactOf(gram);
    const limit = allowedEdits(compact.length);
    if (limit === 0) return undefined;
    let best: { entityId: string; distance: number } | undefined;
    const keys = new Set([...(byLetter.get(`0${compact[0]}`) ?? []), ...(byLetter.get(`1${compact[1]}`) ?? [])]);
    for (const key of keys) {
      if (Math.abs(key.compact.length - compact.length) > limit) continue;
      const distance = editDistance(compact, key.compact, limit);
      if (distance > 0 && distance <= limit && (!best || distance < best.distance))
        best = { entityId: key.entityId, distance };
    }
    return best;
  }

  // "the logistics arm": a unit the question describes by what it does. ("Alibaba's international
  // retail business" may be a part the catalog has no name for: the owner named is asked about.)
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  const unitWords = unitWordsOf(entities);
  const described = (question: string, found: readonly QuestionEntity[]): QuestionEntity[] =>
    findUnitReferences(question, 0, found, (id) => kinds.get(id) ?? 'business-unit', unitWords)
      .filter((u) => u.entityId && THE_UNIT.test(u.text) && !found.some((f) => f.entityId === u.entityId))
      .map((u) => ({ entityId: u.entityId, text: u.text, start: u.start, end: u.end, distance: 0 }));

  return {
    find(question) {
      const exactly = exact(question);
      // A clipped or shortened name ("Ali Health", "Alibaba's international commerce") that holds an
      // exact shorter one ("Alibaba") wins; an exact name as long or longer stands.
      const found: QuestionEntity[] = [];
      const length = (e: QuestionEntity) => e.end - e.start;
      const all = [...exactly, ...clipped(question), ...shortened(question)];
      for (const e of all.sort((a, b) => length(b) - length(a) || a.distance - b.distance))
        if (!found.some((f) => e.start < f.end && e.end > f.start)) found.push(e);
      // "group's" is the word "group": a possessive is no typo of a name.
      const tokens = words(question).map((t) => {
        const bare = t.word.replace(/['’ʼ]s$/i, '');
        return { ...t, word: bare, end: t.start + bare.length };
      });
      const spans: QuestionEntity[] = [];
      for (let n = 3; n >= 1; n--) {
        for (let i = 0; i + n <= tokens.length; i++) {
          const first = tokens[i];
          const last = tokens[i + n - 1];
          if (!first || !last) continue;
          // Already an exact name, or all real words, or edged with "is", "the", "in": no typo here.
          if (found.some((f) => f.start <= first.start && f.end >= last.end)) continue;
          const gramWords = tokens.slice(i, i + n).map((t) => t.word.toLowerCase());
          if (gramWords.every((w) => knownWords.has(w))) continue;
          if (FUNCTION_WORDS.has(gramWords[0] ?? '') || FUNCTION_WORDS.has(gramWords.at(-1) ?? '')) continue;
          const text = question.slice(first.start, last.end);
          const best = nearestAlias(text);
          if (best)
            spans.push({ entityId: best.entityId, text, start: first.start, end: last.end, distance: best.distance });
        }
      }
      // Longer and closer names first; a span never overlaps one already taken, except that
      // "Alibaba Clod" beats the exact "Alibaba" inside it.
      for (const span of spans.sort((a, b) => b.end - b.start - (a.end - a.start) || a.distance - b.distance)) {
        const overlapped = found.filter((f) => span.start < f.end && span.end > f.start);
        const inside = overlapped.every(
          (f) =>
            f.distance === 0 && span.start <= f.start && span.end >= f.end && f.end - f.start < span.end - span.start,
        );
        if (overlapped.length > 0 && !inside) continue;
        for (const f of overlapped) found.splice(found.indexOf(f), 1);
        found.push(span);
      }
      return [...found, ...described(question, found)].sort((a, b) => a.start - b.start);
    },
  };
}

/** "the logistics arm", "the cloud unit": "the", words that say what it does, and the unit noun. */
const THE_UNIT = /^the\s+\p{Ll}+\s+/iu;

/** Damerau–Levenshtein (optimal string alignment) distance, giving up above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}
