import type { CalendarDate } from '../factbase/dates';
import { type EntityLexicon, editDistance, type QuestionEntity } from './entity-lexicon';
import { NAME_WORDS, nearestConcept, phrasesIn, relatedConcepts, STOPWORDS, stem, words } from './lexicon';
import { type QuestionEvent, questionEvent } from './question-event';
import { type AnswerKind, askedTerms, kindOf } from './question-kind';
import { questionTimes } from './question-times';
import { subjectVerb } from './subject-spans';
import type { Nearby } from './text-spans';
import { valueKeys } from './value-keys';
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
  /** How telling each term is in the sources (rarer words weigh more); set by the engine, 1 each without. */
  weights?: ReadonlyMap<string, number>;
  /** For a keyword query, the concept that says what it measures ("total transactions" → transaction). */
  keyword?: string;
  /** The verb whose subject the question asks for ("Which regulators issued…" → publish), if any. */
  subjectOf?: string;
  /** An event the question dates its figure by ("…when Alibaba bought in?"): its subject is not who is asked about. */
  event?: QuestionEvent;
  /** What the answer must hold for. */
  /** `anySpan`: the time says which year, not how long a span ("a year earlier"). */
  constraints: { from?: CalendarDate; to?: CalendarDate; anySpan?: boolean; place?: string; outside?: boolean };
}

const PLACE_AFTER =
  /\b(in|across|within|throughout|outside|from)\s+((?:the\s+)?[\p{L}][\p{L}.-]*(?:\s+[\p{L}][\p{L}.-]*)?)\s*\??\s*$/u;
const NOT_PLACES =
  /^(?:(?:us|hong kong|hk|singapore|australian|canadian)\s+dollars?|dollars?|pounds?|yuan|rmb|us\$|euros?|total|all|general|number|numbers|figures?|public|private|person|terms?|words?|cash|dollar terms)$/i;
const COMPARED_WITH = /\b(?:vs\.?|versus|compared\s+(?:with|to)|against|from|than|over)\s+(?:the\s+)?$/i;
const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred)$/;
const QUESTION_WORDS = /^(?:how|what|which|who|whom|whose|when|where|why|is|are|was|were|do|does|did|has|have|can)$/i;

/** "the end of the ", "the close of": which point of the time after it. */
const POINT_OF = /\b(?:end|close|start|beginning|middle)\s+of\s+(?:the\s+)?$/i;

/** Where a question's times stand, with the point of each: "at [the end of the first quarter]". */
function timeSpans(question: string, times: readonly { start: number; end: number }[]) {
  return times.map((t) => ({
    start: t.start - (POINT_OF.exec(question.slice(0, t.start))?.[0].length ?? 0),
    end: t.end,
  }));
}

/** "the Chinese e-commerce " before "group": "the" and up to three words that say which one. */
const DESCRIBED_BY = /\bthe\s+((?:[\p{L}-]+\s+){1,3})$/iu;

/**
 * The words that describe a name the question gives as a common noun ("the [Chinese e-commerce]
 * group"): they say which one it is, not what is asked about. Words with a function word among them
 * ("the founder of") are none.
 */
function descriptionSpans(question: string, named: readonly { text: string; start: number }[]) {
  return named.flatMap((e) => {
    const before = /^\p{Ll}/u.test(e.text) ? DESCRIBED_BY.exec(question.slice(0, e.start)) : null;
    const modifiers = before?.[1] ?? '';
    if (!modifiers || modifiers.split(/\s+/).some((w) => STOPWORDS.has(w.toLowerCase()))) return [];
    return [{ start: e.start - modifiers.length, end: e.start }];
  });
}

/**
 * Reads a question: the kind of answer it wants, the entities it names (typos forgiven), what it
 * asks about them, and the constraints an answer must meet (a time, a place).
 */
export function analyseQuestion(question: string, lexicon: EntityLexicon, vocabulary: Vocabulary): QuestionAnalysis {
  // "in US dollars", "in Hong Kong dollars": a currency, not a place the answer must name.
  const named = lexicon.find(question).filter((e) => !/^\s*(?:dollars?\b|\$)/i.test(question.slice(e.end)));
  const event = questionEvent(question, named);
  const asked = event ? named.filter((e) => e.start < event.start) : named;
  const inEntity = (start: number) => named.some((e) => start >= e.start && start < e.end);
  const said = questionTimes(question, vocabulary.reference).filter((t) => !inEntity(t.start));
  // "growth vs last year", "up from 2018": the time compared with is not the time asked about.
  const times = said.filter((t) => !COMPARED_WITH.test(question.slice(0, t.start)));
  const spans = timeSpans(question, said);
  const inTime = (start: number) => spans.some((t) => start >= t.start && start < t.end);
  // "to hit 100bn yuan": an amount the answer's sentence holds, as one term.
  const amounts = valueKeys(question, vocabulary.reference).filter((v) => !inEntity(v.start));
  const inAmount = (start: number) => amounts.some((v) => start >= v.start && start < v.end);
  // "in the March quarter" is a time, not a place.
  const place = placeConstraint(question, (start) => inEntity(start) || inTime(start), vocabulary);
  const placeWords = new Set(place?.text.toLowerCase().split(/\s+/) ?? []);
  // "took over": one concept, said by the phrase's first word.
  const phrases = phrasesIn(question);
  // An event the question dates by says when, not what: its words are not asked about.
  const inEvent = (start: number) => event !== undefined && start >= event.start;
  const descriptions = descriptionSpans(question, named);
  const inDescription = (start: number) => descriptions.some((d) => start >= d.start && start < d.end);
  const free = words(question)
    .filter(
      (w) =>
        !inEntity(w.start) &&
        !inTime(w.start) &&
        !inAmount(w.start) &&
        !inEvent(w.start) &&
        !inDescription(w.start) &&
        !placeWords.has(w.word.toLowerCase()),
    )
    .flatMap((w) => {
      const phrase = phrases.find((p) => p.start <= w.start && p.end >= w.end);
      if (!phrase) return [w];
      return phrase.start === w.start ? [{ ...w, word: phrase.concept }] : [];
    });
  const unknownNames = strangers(
    free.map((w) => w.word).filter((w) => isUnknownName(w, vocabulary)),
    named,
  );
  // An English word the sources do not use ("branches") is no misspelling of one they do ("tranche"):
  // what it asks about is not there.
  const english = new Set<string>();
  const stems = free
    .map((w) => w.word)
    .filter((w) => !STOPWORDS.has(w.toLowerCase()) && !QUESTION_WORDS.test(w))
    .flatMap((w) => {
      const s = stem(w);
      if (vocabulary.stems.has(s)) return [s];
      // "co-found" where the sources write "co-founded": the head of a hyphenated word says it.
      const head = w.includes('-') ? stem(w.slice(w.lastIndexOf('-') + 1)) : undefined;
      // …and "five-day" asks about five days: a number before the head counts too.
      const count = w.includes('-') ? stem(w.slice(0, w.indexOf('-'))) : undefined;
      if (head && vocabulary.stems.has(head))
        return count && NUMBER_WORDS.test(count) && vocabulary.stems.has(count) ? [count, head] : [head];
      const lower = w.toLowerCase();
      if (vocabulary.all.has(lower) && !vocabulary.sourceWords.has(lower)) english.add(s);
      return nearestConcept(w, editDistance) ?? partsOf(w, vocabulary) ?? [s];
    });
  // A misspelt kind word ("which contries") still says what is wanted.
  const corrected = words(question).reduce((text, w) => {
    const concept = vocabulary.stems.has(stem(w.word)) ? undefined : nearestConcept(w.word, editDistance);
    return concept ? text.replace(w.word, concept) : text;
  }, question);
  const { kind, stated, agentType, keyword } = kindOf(corrected);
  // Kind words ("what date", "which year") and currencies (a display preference) are not what is asked about.
  const terms = [...new Set([...askedTerms(stems, kind), ...amounts.map((v) => v.key)])];
  // An amount ("#100000000000") is matched as it is, never as a misspelling.
  const typos = new Set(terms.filter((t) => !vocabulary.stems.has(t) && !t.startsWith('#')));
  const nearby = new Map<string, Map<string, number>>();
  for (const t of typos) if (!english.has(t)) nearby.set(t, new Map(vocabulary.near(t, 1, 'stems').map((w) => [w, 1])));
  // "streams" where the sources write "livestream": a word they use that ends in the term, in part.
  for (const t of typos) {
    if (t.length < 5 || (nearby.get(t)?.size ?? 0) > 0) continue;
    const compounds = [...vocabulary.used].filter((w) => w.length >= t.length + 3 && w.endsWith(t));
    if (compounds.length > 0) nearby.set(t, new Map(compounds.map((w) => [w, 0.8])));
  }
  // A related concept the sources use ("sales" asked, "revenue" written) stands in for the term, in part.
  for (const t of terms) {
    const related = [...relatedConcepts(t)].filter(([c]) => vocabulary.stems.has(c));
    if (related.length > 0) nearby.set(t, new Map([...related, ...(nearby.get(t) ?? [])]));
  }
  // A term the sources never use, in any spelling or through a related concept, is missing: a word of
  // the lexicon ("ticker") is no more there for being a word the engine knows.
  const missing = terms.filter(
    (t) =>
      !NAME_WORDS.has(t) &&
      !t.startsWith('#') &&
      !vocabulary.used.has(t) &&
      ![...(nearby.get(t)?.keys() ?? [])].some((w) => vocabulary.used.has(w)),
  );
  const currency = currencyOf(question);
  const subjectOf = subjectVerb(question);
  const constraints: QuestionAnalysis['constraints'] = {};
  // "When will Alibaba report results for the quarter ended March 31?": a period the question's
  // subject is of does not bound the date it asks for.
  const time = times.find((t) => !(kind === 'date' && t.to));
  if (time) {
    constraints.from = time.from;
    constraints.to = time.to ?? time.from;
    if (time.anySpan) constraints.anySpan = true;
  }
  if (place)
    Object.assign(constraints, { place: place.text.replace(/^the\s+/i, ''), ...(place.outside && { outside: true }) });
  return {
    question,
    kind,
    kindStated: stated,
    entities: asked,
    unknownNames,
    terms,
    allTerms: stems,
    typos,
    nearby,
    missing,
    constraints,
    ...(currency && { currency }),
    ...(agentType && { agentType }),
    ...(keyword && { keyword }),
    ...(subjectOf && { subjectOf }),
    ...(event && { event }),
  };
}

/** The currency a question asks in ("in Hong Kong dollars", "in yuan"), if it names one. */
function currencyOf(question: string): string | undefined {
  if (/\b(?:hong\s+kong\s+dollars?|hk\$|hkd)/i.test(question)) return 'HKD';
  if (/\b(?:dollars?|usd|us\$)/i.test(question)) return 'USD';
  if (/\b(?:yuan|rmb|renminbi)\b/i.test(question)) return 'CNY';
  if (/\b(?:pounds?|sterling|gbp)\b|£/i.test(question)) return 'GBP';
  return undefined;
}

/** "in Germany", "outside china": a place the answer must hold for; not "in dollars" or "in total". */
function placeConstraint(question: string, inEntity: (start: number) => boolean, vocabulary: Vocabulary) {
  const m = PLACE_AFTER.exec(question);
  const text = m?.[2];
  if (!m || !text) return undefined;
  const start = m.index + m[0].indexOf(text) + (/^the\s+/i.exec(text)?.[0].length ?? 0);
  const lower = text.toLowerCase().replace(/^the\s+/, '');
  if (inEntity(start) && m[1] !== 'outside') return undefined;
  if (
    /^(?:which|what)\b/.test(lower) ||
    NOT_PLACES.test(lower) ||
    lower.split(/\s+/).every((w) => vocabulary.lowercase.has(w) || STOPWORDS.has(w)) ||
    // "in the Turkish retailer": a phrase that ends in a common noun is no place's name.
    (/(?:^|\s)\p{Ll}+$/u.test(text) && vocabulary.all.has(lower.split(/\s+/).at(-1) ?? '') && /\p{Lu}/u.test(text))
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
  // "Alibabas", "Turkish": a form of a word the sources use (`stem` reads a nationality as its country).
  if (
    vocabulary.all.has(lower) ||
    vocabulary.all.has(stem(lower)) ||
    vocabulary.stems.has(stem(lower)) ||
    isCompound(lower, vocabulary)
  )
    return false;
  return !(/^\p{Ll}+$/u.test(word) && vocabulary.near(lower, 2, 'words').length > 0);
}

/**
 * A word the sources never use that joins two they do ("greenshoe" where they write "green shoe"):
 * its parts, stemmed. Each part has four letters or more.
 */
function partsOf(word: string, vocabulary: Vocabulary): string[] | undefined {
  const lower = word.toLowerCase();
  for (let i = 4; i <= lower.length - 4; i++) {
    const parts = [stem(lower.slice(0, i)), stem(lower.slice(i))];
    if (parts.every((p) => vocabulary.stems.has(p))) return parts;
  }
  return undefined;
}

/**
 * "micro-lending", "microlending": ordinary words joined, not a name. Each part must be a word of
 * four letters or more ("tencent" is no "ten" and "cent").
 */
function isCompound(word: string, vocabulary: Vocabulary): boolean {
  const known = (w: string) =>
    w.length >= 4 && (vocabulary.all.has(w) || vocabulary.all.has(stem(w)) || vocabulary.stems.has(stem(w)));
  if (word.includes('-'))
    return word.split('-').every((w) => known(w) || vocabulary.all.has(w) || vocabulary.stems.has(w));
  if (!/^\p{Ll}+$/u.test(word)) return false;
  for (let i = 4; i <= word.length - 4; i++) if (known(word.slice(0, i)) && known(word.slice(i))) return true;
  return false;
}

/** With a catalog entity named, only words that look like names count as strangers ("JD.com", "Tencent"). */
function strangers(unknown: readonly string[], entities: readonly QuestionEntity[]): string[] {
  return entities.length > 0 ? unknown.filter((w) => /[\p{Lu}\d.]/u.test(w)) : [...unknown];
}
