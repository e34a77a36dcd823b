import { stem, words } from './lexicon';

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
export function askedTerms(stems: readonly string[], kind: AnswerKind): string[] {
  return stems.filter((t) => !KIND_WORDS[kind]?.includes(t) && !CURRENCY_WORDS.has(t));
}

const CURRENCY_WORDS = new Set(['dollar', 'usd', 'yuan', 'rmb', 'renminbi', 'pound', 'sterl', 'euro', 'rupee', 'hkd']);

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

/** What a question asks for: the kind of answer, whether a question word says it, and who is wanted. */
export interface QuestionKind {
  kind: AnswerKind;
  stated: boolean;
  agentType?: 'person' | 'organisation';
}

/** Reads the kind of answer from a question (with its misspelt kind words already corrected). */
export function kindOf(question: string): QuestionKind {
  const stated = KIND_PATTERNS.find(([pattern]) => pattern.test(question))?.[1];
  const kind = refineKind(stated, guessKind(question, stem), question) ?? 'thing';
  const agentType = new RegExp(`\\b(?:${PERSON_NOUNS})\\b`, 'i').test(question)
    ? 'person'
    : new RegExp(`\\b(?:${ORGANISATION_NOUNS})\\b`, 'i').test(question)
      ? 'organisation'
      : undefined;
  return { kind, stated: stated !== undefined, ...(kind === 'agent' && agentType && { agentType }) };
}
