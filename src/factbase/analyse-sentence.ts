import { monthNumber } from './dates';
import { isNationality } from './demonyms';
import type { EntityKind } from './schema';

/** A reference to an entity inside one sentence, by name or by a definite phrase ("the event"). */
export interface SentenceMention {
  entityId: string;
  kind: EntityKind;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  text: string;
  /** Follows a preposition ("of Alibaba", "by Ant Financial"): usually not the clause's subject. */
  prepositional: boolean;
  /** Introduces a quote ("said Evans", "Evans told"): the speaker, not what the numbers are about. */
  speaker: boolean;
  /** Stands after a determiner inside a noun phrase ("its own 11.11 sale"): it qualifies a noun, it is not the subject. */
  modifier?: boolean;
  /** An example after "such as" or "including": never what a number is about. */
  example?: boolean;
}

/**
 * A parenthetical part of a sentence set off by commas: an appositive (", the international retail
 * platform of Alibaba,"), a relative clause (", which owns the Post,") or a participle (", held each
 * November 11,"). What it says is about its antecedent, or about `subject` in "in which X has".
 */
export interface Insert {
  start: number;
  end: number;
  antecedent?: SentenceMention;
  subject?: SentenceMention;
}

/** A run of names joined by commas and "and": "Singapore, Malaysia, Thailand and the Philippines". */
export interface NameList {
  start: number;
  end: number;
  items: string[];
}

const PREPOSITION =
  '\\b(?:of|by|with|for|in|at|from|to|on|into|among|about|like|than|between|through|as|against|across|including|via|over|under)\\s+';
const PREPOSITION_BEFORE = new RegExp(`${PREPOSITION}(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}$`, 'u');
const PARTICIPLE_START = /^,\s+\p{Ll}+ed\b/u;
const POSSESSIVE_APPOSITIVE = /^,\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,4}$/u;
const INSERT_START = /^,\s+(?:(?:the|a|an|which|who|whose|that|where)\b|(?:in|of|for|by|with)\s+which\b|\p{Ll}+ed\b)/u;
/** A capitalised name; a full stop belongs to it only inside ("U.S."), never at its end. */
export const NAME =
  "(?:the\\s+)?\\p{Lu}(?:[\\p{L}’'&-]|\\.(?=\\p{L}))*(?:\\s+(?:of\\s+)?\\p{Lu}(?:[\\p{L}’'&-]|\\.(?=\\p{L}))*)*";
const LIST = new RegExp(`${NAME}(?:,\\s+${NAME})*,?\\s+(?:and|or)\\s+${NAME}`, 'gu');

/** Finds comma-and lists of capitalised names; their commas do not split clauses. */
export function findNameLists(sentence: string): NameList[] {
  const lists: NameList[] = [];
  LIST.lastIndex = 0;
  for (let m = LIST.exec(sentence); m; m = LIST.exec(sentence)) {
    const items = m[0].split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((s) => s.trim());
    lists.push({ start: m.index, end: m.index + m[0].length, items });
  }
  return lists;
}

const SPEAKER_BEFORE = /\b(?:said|says|told|added|adds|according\s+to|wrote|noted|explained)\s+$/;
/** "said it repurchased", "said Lazada would": after "said", a name with a verb of its own is the subject of what was said. */
const CLAUSE_AFTER =
  /^\s+(?:\p{Ll}+ed|had|has|have|was|were|is|are|would|will|could|can|may|might|should|did|does|do|plans|expects)\b/u;
/** "Evans said", and "Evans, who joined in 2014, said" or "Cainiao, Alibaba’s logistics arm, said" past an insert. */
const SPEAKER_AFTER = /^(?:,[^,]{1,80},)?\s+(?:said|says|told|added|adds|wrote|noted|explained|indicated)\b/;
/** "in Shanghai and Hong Kong": a name joined to one after a preposition is as prepositional as it. */
const COORDINATED_AFTER_PREPOSITION = new RegExp(`${PREPOSITION}(?:[\\p{L}’'.-]+,?\\s+){1,4}(?:and|or)\\s+$`, 'u');
const DETERMINER_BEFORE = /\b(?:its|their|his|her|our|own|this|that|these|those)\s+$/i;
const EXAMPLE_BEFORE = /\b(?:such\s+as|including|like|e\.g\.)\s+(?:[\p{L}’'.-]+,?\s+(?:and|or)?\s*){0,4}$/u;

/** Marks mentions that follow a preposition, those that name a speaker, modifiers and examples. */
export function markRole(
  sentence: string,
  mention: Omit<SentenceMention, 'prepositional' | 'speaker'>,
): SentenceMention {
  const before = sentence.slice(Math.max(0, mention.start - 60), mention.start);
  return {
    ...mention,
    prepositional: PREPOSITION_BEFORE.test(before) || COORDINATED_AFTER_PREPOSITION.test(before),
    speaker:
      (SPEAKER_BEFORE.test(before) && !CLAUSE_AFTER.test(sentence.slice(mention.end))) ||
      SPEAKER_AFTER.test(sentence.slice(mention.end, mention.end + 120)),
    ...(DETERMINER_BEFORE.test(before) && { modifier: true }),
    ...(EXAMPLE_BEFORE.test(before) && { example: true }),
  };
}

/** Capitalised words that start sentences or name times, not parties (see also `findOtherNames`). */
export const NOT_A_NAME = new Set(
  'The A An In On At By For With From To Of And But Or If As It Its This That These Those There Their They We I He She You Our Your His Her Mr Ms Mrs Dr IPO GMV CEO CFO COO CTO GDP HQ However Meanwhile Under Over Outside Inside Despite During Since Until Among Against Through Within Without Amid Unlike Like Behind Beyond Last Next Earlier Later More Most Some Many Such Both Each All After Before While When Where What Why How Yet Still Also Now Then So Not No Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
const PROPER_NOUN = /\p{Lu}[\p{L}\p{N}’'&-]*(?:\.com)?(?:\s+\p{Lu}[\p{L}\p{N}’'&-]*)*/gu;
type Bare = Omit<SentenceMention, 'prepositional' | 'speaker'>;

/**
 * Proper names in a sentence that are not catalog entities ("Yahoo", "Goldman Sachs"). They compete
 * with catalog mentions as subjects, so a number about Yahoo is not pinned on Alibaba.
 */
export function findOtherNames(
  sentence: string,
  known: readonly { start: number; end: number }[],
  commonWords: ReadonlySet<string>,
): Bare[] {
  const names: Bare[] = [];
  for (const m of sentence.matchAll(PROPER_NOUN)) {
    const all = m[0].split(/\s+/);
    const words = all.filter((w) => !NOT_A_NAME.has(w));
    if (words.length === 0) continue;
    // "May Day", "Boxing Day": a month that opens a name is part of it, so "for the May Day holiday"
    // reads as after a preposition.
    const calendar = monthNumber(all[0] ?? '') !== undefined && words.length === all.length - 1;
    const start = calendar ? m.index : m.index + m[0].indexOf(words[0] ?? '');
    const end = m.index + m[0].length;
    const opensSentence = /^[\s“"‘']*$/.test(sentence.slice(0, start));
    if (known.some((k) => start < k.end && end > k.start)) continue;
    // "US$", "HK$": a currency, not a name; "iResearch": inside a word.
    if (sentence[end] === '$' || /^\s+dollars?\b/.test(sentence.slice(end))) continue;
    if (/[\p{L}\p{N}]/u.test(sentence[m.index - 1] ?? '')) continue;
    // A lone capitalised first word is a name ("Yahoo owns…") unless the article also writes it in
    // lower case ("Sales rose…" beside "sales") or it reads as a participle or adverb ("Founded in…").
    const word = words[0] ?? '';
    const lower = word.toLowerCase();
    const common = commonWords.has(lower) || commonWords.has(`${lower}s`) || commonWords.has(lower.replace(/s$/, ''));
    if (opensSentence && words.length === 1 && (common || /(?:ed|ing|ly)$/.test(word))) continue;
    // "American depositary shares", "Southeast Asian platform": a nationality describes, it names no one.
    if (isNationality(words.at(-1) ?? '') && /^\s+\p{Ll}/u.test(sentence.slice(end))) continue;
    names.push({ entityId: '', kind: 'business-unit', start, end, text: sentence.slice(start, end) });
  }
  return names;
}

/** Comma positions that separate clauses: not inside name lists, numbers or brackets. */
export function clauseCommas(sentence: string, lists: readonly NameList[]): number[] {
  const commas: number[] = [];
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    else if ((c === ',' || c === '—' || c === ';') && depth === 0) {
      if (/\d/.test(sentence[i + 1] ?? '') && /\d/.test(sentence[i - 1] ?? '')) continue;
      if (lists.some((l) => i > l.start && i < l.end)) continue;
      commas.push(i);
    }
  }
  return commas;
}

/** The comma-separated segments of a sentence, as [start, end) pairs. */
export function segmentsOf(sentence: string, commas: readonly number[]): [number, number][] {
  const bounds = [-1, ...commas, sentence.length];
  return bounds.slice(1).map((end, i) => [(bounds[i] ?? -1) + 1, end]);
}

/** Finds the inserts of a sentence and who each one is about. */
export function findInserts(
  sentence: string,
  commas: readonly number[],
  mentions: readonly SentenceMention[],
  others: readonly { end: number }[] = [],
): Insert[] {
  const inserts: Insert[] = [];
  const endingAt = new Map(mentions.map((m) => [m.end, m]));
  const otherEnds = new Set(others.map((m) => m.end));
  commas.forEach((comma, i) => {
    const end = commas[i + 1] ?? sentence.length;
    // What opens the insert is in its first few words; long sentences are not sliced whole.
    const opening = sentence.slice(comma, comma + 40);
    // The antecedent ends at the comma, past any closing quote or bracket.
    let stem = comma;
    while (stem > 0 && '”"’)]'.includes(sentence[stem - 1] ?? '')) stem--;
    const antecedent = endingAt.get(stem);
    // "Cainiao, Alibaba’s logistics arm, said": a short appositive after a name, closed by a comma.
    const appositive =
      (antecedent || otherEnds.has(stem)) &&
      commas[i + 1] !== undefined &&
      end - comma < 80 &&
      POSSESSIVE_APPOSITIVE.test(sentence.slice(comma, end));
    if (!INSERT_START.test(opening) && !appositive) return;
    // ", posted revenue of …" after a number is the main verb, not a participle about a name.
    if (!antecedent && PARTICIPLE_START.test(opening)) return;
    const whichThen = /^,\s+(?:in|of|for|by|with)\s+which\s+/.exec(opening);
    const subject = whichThen ? mentions.find((m) => m.start === comma + whichThen[0].length) : antecedent;
    inserts.push({ start: comma, end, ...(antecedent && { antecedent }), ...(subject && { subject }) });
  });
  return inserts;
}

/** The insert a position falls in, if any. */
export function insertAt(inserts: readonly Insert[], position: number): Insert | undefined {
  return inserts.find((x) => position > x.start && position < x.end);
}
