import type { CalendarDate } from '../factbase/dates';
import { findTimeExpressions } from '../factbase/time-expressions';
import { type EntityLexicon, editDistance, type QuestionEntity } from './entity-lexicon';
import { NAME_WORDS, nearestConcept, STOPWORDS, stem, words } from './lexicon';
import type { Nearby } from './text-spans';
import type { Vocabulary } from './vocabulary';

/** The kind of answer a question wants. */
export type AnswerKind =
  | 'quantity'
  | 'money'
  | 'percent'
  | 'date'
  | 'duration'
  | 'rank'
  | 'place'
  | 'agent'
  | 'reason'
  | 'yes-no'
  | 'thing';

export interface QuestionAnalysis {
  question: string;
  kind: AnswerKind;
  /** True when a question word says the kind ("how many"); false when it is guessed from keywords. */
  kindStated: boolean;
  entities: QuestionEntity[];
  /** Words that look like names the sources never use ("Tencent", "JD.com"). */
  unknownNames: string[];
  /** Stemmed content words, without the entities' names and constraints: what is asked about them. */
  terms: string[];
  /** The terms before the kind's own words were taken out, for reading the question as another kind. */
  allTerms: string[];
  /** Terms the sources never use (misspelt, perhaps): only these are matched with a typo's leeway. */
  typos: ReadonlySet<string>;
  /** For each of `typos`, the source words within one edit of it. */
  nearby: Nearby;
  /** Terms the sources never use, nor anything within a typo of them: what they cannot answer. */
  missing: string[];
  /** The currency the question asks in ("in dollars"), if it names one. */
  currency?: string;
  /** For "who"/"which company" questions: whether a person or an organisation is wanted, when the words say. */
  agentType?: 'person' | 'organisation';
  /** What the answer must hold for. */
  constraints: { from?: CalendarDate; to?: CalendarDate; place?: string; outside?: boolean };
}

const ORGANISATION_NOUNS =
  'company|companies|firm|firms|group|affiliate|bank|newspaper|paper|business|unit|subsidiary|investor|operator|agency|outlet|publication|broadcaster|exchange|platform';
const PERSON_NOUNS =
  'person|executive|analyst|strategist|president|chairman|founder|official|expert|economist|boss|head|ceo|chief|spokesman|spokeswoman|partner|manager';

/** Question phrases and the kind of answer they ask for; the first that matches wins. */
const KIND_PATTERNS: [RegExp, AnswerKind][] = [
  [/^\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will)\b/i, 'yes-no'],
  [/\bwhy\b|\bfor what (?:reason|purpose)\b|\bwhat for\b/i, 'reason'],
  [/\bhow\s+long\b(?!\s+ago)|\bhow\s+many\s+(?:years|months|weeks|days|hours|decades)\b/i, 'duration'],
  [/\b(?:rank|ranking|ranked|position)\b/i, 'rank'],
  [
    /\b(?:what|which)\s+(?:percentage|percent|proportion|share|fraction|portion)\b|\bhow\s+much\s+of\b|\bby\s+how\s+much\b|\bhow\s+fast\b|\bgrowth\s+rate\b|\b(?:per\s*cent|percent|%)/i,
    'percent',
  ],
  [/\bhow\s+much\b|\bhow\s+(?:big|large)\b/i, 'money'],
  [/\bhow\s+many\b|\bnumber\s+of\b/i, 'quantity'],
  [/\bwhen\b|\b(?:what|which)\s+(?:year|month|date|day|time)\b|\bsince\s+when\b|\bhow\s+long\s+ago\b/i, 'date'],
  [
    /\bwhere\b|\b(?:what|which)\s+(?:countries|markets|cities|city|places|regions|region|locations|country|nations)\b/i,
    'place',
  ],
  [
    new RegExp(
      `\\bwho(?:m|se)?\\b|\\bwhich\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${ORGANISATION_NOUNS}|${PERSON_NOUNS})\\b`,
      'iu',
    ),
    'agent',
  ],
  [/\b(?:what|which)\b/i, 'thing'],
];

/** For keyword queries ("alipay users"): the kind each concept usually asks for, most specific first. */
const KIND_OF_TERM: [string, AnswerKind][] = [
  ['location', 'place'],
  ['stock', 'money'],
  ['share', 'percent'],
  ['growth', 'percent'],
  ['revenue', 'money'],
  ['transaction', 'money'],
  ['invest', 'money'],
  ['valuation', 'money'],
  ['profit', 'money'],
  ['market', 'money'],
  ['user', 'quantity'],
  ['customer', 'quantity'],
  ['merchant', 'quantity'],
  ['brand', 'quantity'],
  ['country', 'quantity'],
  ['currency', 'quantity'],
  ['centre', 'quantity'],
  ['employee', 'quantity'],
  ['found', 'date'],
  ['launch', 'date'],
  ['join', 'date'],
  ['hold', 'date'],
  ['headquarter', 'place'],
  ['run', 'agent'],
  ['president', 'agent'],
  ['chairman', 'agent'],
  ['city', 'place'],
  ['region', 'place'],
  ['date', 'date'],
  ['year', 'date'],
  ['time', 'date'],
  ['name', 'thing'],
];

/** Words that only name the kind of answer wanted. */
const KIND_WORDS: Partial<Record<AnswerKind, string[]>> = {
  date: ['date', 'day', 'year', 'month', 'time'],
  duration: ['year', 'month', 'week', 'day', 'hour', 'decade', 'long'],
  rank: ['rank'],
  agent: ['agency', 'outlet', 'publication', 'broadcaster', 'newspaper', 'paper', 'person', 'executive', 'official'],
  place: ['place', 'location', 'city', 'country', 'region', 'area'],
  quantity: ['number', 'count'],
  money: ['amount', 'size', 'figure', 'value'],
  percent: ['percentage', 'share', 'rate'],
};

/** The terms that say what is asked about: not the kind's own words, nor a currency (a display choice). */
function askedTerms(stems: readonly string[], kind: AnswerKind): string[] {
  return stems.filter((t) => !KIND_WORDS[kind]?.includes(t) && !CURRENCY_WORDS.has(t));
}

const CURRENCY_WORDS = new Set(['dollar', 'usd', 'yuan', 'rmb', 'renminbi', 'pound', 'sterl', 'euro', 'rupee', 'hkd']);

const PLACE_AFTER =
  /\b(in|across|within|throughout|outside|from)\s+((?:the\s+)?[\p{L}][\p{L}.-]*(?:\s+[\p{L}][\p{L}.-]*)?)\s*\??\s*$/u;
const NOT_PLACES =
  /^(?:dollars?|yuan|rmb|us\$|euros?|total|all|general|number|numbers|figures?|public|private|person|terms?|words?|cash|dollar terms)$/i;
const QUESTION_WORDS = /^(?:how|what|which|who|whom|whose|when|where|why|is|are|was|were|do|does|did|has|have|can)$/i;

/**
 * Reads a question: the kind of answer it wants, the entities it names (typos forgiven), what it
 * asks about them, and the constraints an answer must meet (a time, a place).
 */
export function analyseQuestion(question: string, lexicon: EntityLexicon, vocabulary: Vocabulary): QuestionAnalysis {
  const entities = lexicon.find(question);
  const inEntity = (start: number) => entities.some((e) => start >= e.start && start < e.end);
  const times = findTimeExpressions(question, vocabulary.reference).filter((t) => !inEntity(t.start));
  const inTime = (start: number) => times.some((t) => start >= t.start && start < t.end);
  const place = placeConstraint(question, inEntity, vocabulary);
  const placeWords = new Set(place?.text.toLowerCase().split(/\s+/) ?? []);
  const free = words(question).filter(
    (w) => !inEntity(w.start) && !inTime(w.start) && !placeWords.has(w.word.toLowerCase()),
  );
  const unknownNames = strangers(
    free.map((w) => w.word).filter((w) => isUnknownName(w, vocabulary)),
    entities,
  );
  const stems = free
    .map((w) => w.word)
    .filter((w) => !STOPWORDS.has(w.toLowerCase()) && !QUESTION_WORDS.test(w))
    .map((w) => {
      const s = stem(w);
      return vocabulary.stems.has(s) ? s : (nearestConcept(w, editDistance) ?? s);
    });
  // A misspelt kind word ("which contries") still says what is wanted.
  const corrected = words(question).reduce((text, w) => {
    const concept = vocabulary.stems.has(stem(w.word)) ? undefined : nearestConcept(w.word, editDistance);
    return concept ? text.replace(w.word, concept) : text;
  }, question);
  const stated = KIND_PATTERNS.find(([pattern]) => pattern.test(corrected))?.[1];
  const guessed = guessKind(corrected, stem);
  const kind = refineKind(stated, guessed, corrected) ?? 'thing';
  // Kind words ("what date", "which year") say what is wanted, not what it is about.
  // Kind words, and currencies (a display preference, not a subject), are not what is asked about.
  const terms = askedTerms(stems, kind);
  const typos = new Set(terms.filter((t) => !vocabulary.stems.has(t)));
  const nearby = new Map([...typos].map((t) => [t, vocabulary.near(t, 1, 'stems')]));
  const missing = [...typos].filter((t) => !NAME_WORDS.has(t) && (nearby.get(t)?.length ?? 0) === 0);
  const currency = /\b(?:dollars?|usd|us\$)/i.test(question)
    ? 'USD'
    : /\b(?:yuan|rmb|renminbi)\b/i.test(question)
      ? 'CNY'
      : undefined;
  const constraints: QuestionAnalysis['constraints'] = {};
  const time = times[0];
  if (time) {
    constraints.from = time.from;
    constraints.to = time.to ?? time.from;
  }
  if (place)
    Object.assign(constraints, { place: place.text.replace(/^the\s+/i, ''), ...(place.outside && { outside: true }) });
  const agentType = new RegExp(`\\b(?:${PERSON_NOUNS})\\b`, 'i').test(corrected)
    ? 'person'
    : new RegExp(`\\b(?:${ORGANISATION_NOUNS})\\b`, 'i').test(corrected)
      ? 'organisation'
      : undefined;
  return {
    question,
    kind,
    kindStated: Boolean(stated),
    entities,
    unknownNames,
    terms,
    allTerms: stems,
    typos,
    nearby,
    missing,
    constraints,
    ...(currency && { currency }),
    ...(kind === 'agent' && agentType && { agentType }),
  };
}

/** "in Germany", "outside china": a place the answer must hold for; not "in dollars" or "in total". */
function placeConstraint(question: string, inEntity: (start: number) => boolean, vocabulary: Vocabulary) {
  const m = PLACE_AFTER.exec(question);
  const text = m?.[2];
  if (!m || !text) return undefined;
  const start = m.index + m[0].indexOf(text);
  const lower = text.toLowerCase().replace(/^the\s+/, '');
  if (inEntity(start) && m[1] !== 'outside') return undefined;
  if (
    /^(?:which|what)\b/.test(lower) ||
    NOT_PLACES.test(lower) ||
    lower.split(/\s+/).every((w) => vocabulary.lowercase.has(w) || STOPWORDS.has(w))
  )
    return undefined;
  return { text, outside: (m[1] ?? '').toLowerCase() === 'outside' };
}

/**
 * The question read as asking for another kind of answer: keyword queries ("hellopay countries")
 * do not say whether they want a count or a list, so the engine tries each.
 */
export function asKind(q: QuestionAnalysis, kind: AnswerKind): QuestionAnalysis {
  const terms = askedTerms(q.allTerms, kind);
  return { ...q, kind, terms, typos: new Set([...q.typos].filter((t) => terms.includes(t))) };
}

/** "Which payment brands does…", "what markets…": the thing asked for is plural, so a list answers. */
export function asksForList(question: string): boolean {
  const head = listHead(question);
  return head !== undefined && /[^s]s$/i.test(head);
}

/** The stemmed noun a "which …" question asks for ("which payment brands" → brand). */
export function headTerm(question: string): string | undefined {
  const head = listHead(question);
  return head ? stem(head) : undefined;
}

function listHead(question: string): string | undefined {
  return /\b(?:which|what)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)(?:\s+(?:does|did|do|is|are|was|were|has|have|had|can|will)\b|\s*\??\s*$)/iu.exec(
    question,
  )?.[2];
}

/** "How much" names money unless the words ask for a count or a share; a bare "what" takes the keyword's kind. */
function refineKind(
  stated: AnswerKind | undefined,
  guessed: Guess | undefined,
  question: string,
): AnswerKind | undefined {
  if (stated === 'money' && (guessed?.kind === 'quantity' || guessed?.kind === 'percent')) return guessed.kind;
  // "What is Alipay's user base?" and "What annual revenue growth…" ask for a value: the keyword
  // stands just after "what". "Which payment brands…" (a list) and "What did the jump show?" do not.
  if (stated === 'thing' && guessed && guessed.kind !== 'thing' && !asksForList(question)) {
    const all = words(question);
    const what = all.findIndex((w) => /^(?:what|which)$/i.test(w.word));
    const next = all[what + 1]?.word.toLowerCase() ?? '';
    // "What did the jump show?" asks for a thing done or shown, whatever keyword follows.
    const asksAction = /^(?:did|does|do|can|could|will|would|has|have|had|should)$/.test(next);
    if (what >= 0 && !asksAction && guessed.at > what && guessed.at - what <= 6) return guessed.kind;
  }
  return stated ?? guessed?.kind;
}

interface Guess {
  kind: AnswerKind;
  /** Index among the question's words of the word that suggested it. */
  at: number;
}

/** The kind a keyword suggests ("users" → a count), and where that keyword stands. */
function guessKind(question: string, stemOf: (word: string) => string): Guess | undefined {
  const stems = words(question).map((w) => stemOf(w.word));
  for (const [term, kind] of KIND_OF_TERM) {
    const at = stems.indexOf(term);
    if (at >= 0) return { kind, at };
  }
  return undefined;
}

/**
 * A word the sources never use and that is no misspelling of one they do: a name they do not know.
 * "merchents" is a typo of "merchants"; "Tencent" is a name.
 */
function isUnknownName(word: string, vocabulary: Vocabulary): boolean {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || QUESTION_WORDS.test(word) || /^\d+$/.test(word) || lower.length < 3) return false;
  if (vocabulary.all.has(lower) || vocabulary.all.has(stem(lower))) return false;
  return !(/^\p{Ll}+$/u.test(word) && vocabulary.near(lower, 2, 'words').length > 0);
}

/** With a catalog entity named, only words that look like names count as strangers ("JD.com", "Tencent"). */
function strangers(unknown: readonly string[], entities: readonly QuestionEntity[]): string[] {
  return entities.length > 0 ? unknown.filter((w) => /[\p{Lu}\d.]/u.test(w)) : [...unknown];
}
