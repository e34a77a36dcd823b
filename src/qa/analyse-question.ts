import type { CalendarDate } from '../factbase/dates';
import { findTimeExpressions } from '../factbase/time-expressions';
import { type EntityLexicon, editDistance, type QuestionEntity } from './entity-lexicon';
import { NAME_WORDS, nearestConcept, STOPWORDS, stem, words } from './lexicon';
import { type AnswerKind, askedTerms, kindOf } from './question-kind';
import type { Nearby } from './text-spans';
import type { Vocabulary } from './vocabulary';

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
  const { kind, stated, agentType } = kindOf(corrected);
  // Kind words ("what date", "which year") and currencies (a display preference) are not what is asked about.
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
  return {
    question,
    kind,
    kindStated: stated,
    entities,
    unknownNames,
    terms,
    allTerms: stems,
    typos,
    nearby,
    missing,
    constraints,
    ...(currency && { currency }),
    ...(agentType && { agentType }),
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
