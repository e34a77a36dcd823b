import { PAST_FORMS, phrasesIn, STOPWORDS, stem, words } from './lexicon';

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
  [
    // "How fast did spending pass 1 billion yuan?" asks how long it took; "how fast did sales grow?" a rate.
    /\bhow\s+long\b(?!\s+ago)|\bhow\s+many\s+(?:years|months|weeks|days|hours|minutes|seconds|decades)\b|\bhow\s+(?:fast|quickly|soon)\b(?!.*\b(?:grow|grew|grown|growing|growth|rise|rising|rose|increase|expand))/i,
    'duration',
  ],
  [/\b(?:rank|ranking|ranked|position)\b/i, 'rank'],
  [
    /\b(?:what|which)\s+(?:percentage|percent|proportion|share|fraction|portion)\b|\bhow\s+much\s+of\b|\bby\s+how\s+much\b|\bhow\s+(?:fast|far)\b|\bgrowth\s+rate\b|(?<![\d.]\s?)(?:\bper\s*cent\b|\bpercent\b|%)/i,
    'percent',
  ],
  [/\bhow\s+much\b|\bhow\s+(?:big|large)\b/i, 'money'],
  // "What did the stock end its first day at?", "What price were the shares sold at?": a price.
  [
    /\bwhat\s+(?:did|does|do|was|were|is|are|will|would)\b[^?]*\b(?:end|ended|close|closed|open|opened|trade|traded|finish|finished|settle|settled|price|priced|sell|sold)\b[^?]*\bat\s*\??\s*$/i,
    'money',
  ],
  // "What did the tokens cost?", "What does Qwen-Max charge?", "What is Trendyol worth?": a sum.
  [
    /\bwhat\s+(?:did|does|do|will|would)\b[^?]*\b(?:cost|charge|pay|earn|fetch)\b|\bwhat\s+(?:is|was|are|were)\b[^?]*\bworth\b/i,
    'money',
  ],
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
  ['price', 'money'],
  ['stock', 'money'],
  ['share', 'percent'],
  ['growth', 'percent'],
  ['revenue', 'money'],
  ['transaction', 'money'],
  ['invest', 'money'],
  ['capitalisation', 'money'],
  ['penalty', 'money'],
  ['raise', 'money'],
  ['pay', 'money'],
  ['valuation', 'money'],
  ['profit', 'money'],
  ['asset', 'money'],
  ['yield', 'percent'],
  ['market', 'money'],
  ['user', 'quantity'],
  ['customer', 'quantity'],
  ['merchant', 'quantity'],
  ['brand', 'quantity'],
  // "hellopay countries" names them; "number of countries" asks how many.
  ['country', 'place'],
  ['currency', 'quantity'],
  ['centre', 'quantity'],
  ['employee', 'quantity'],
  ['viewer', 'quantity'],
  ['visitor', 'quantity'],
  ['parcel', 'quantity'],
  ['order', 'quantity'],
  ['found', 'date'],
  ['launch', 'date'],
  ['join', 'date'],
  ['hold', 'date'],
  ['headquarter', 'place'],
  ['run', 'agent'],
  ['president', 'agent'],
  ['chairman', 'agent'],
  ['ceo', 'agent'],
  ['lead', 'agent'],
  ['city', 'place'],
  ['region', 'place'],
  ['date', 'date'],
  ['year', 'date'],
  ['time', 'date'],
  // "sharma shareholding after deal": a share, unless a sum was asked ("stake worth", "paying for its stake").
  ['stake', 'percent'],
  ['name', 'thing'],
];

/** Words that only name the kind of answer wanted. */
const KIND_WORDS: Partial<Record<AnswerKind, string[]>> = {
  date: ['date', 'day', 'year', 'month', 'time'],
  duration: [
    'year',
    'month',
    'week',
    'day',
    'hour',
    'minute',
    'second',
    'decade',
    'long',
    'fast',
    'quick',
    'soon',
    'last',
  ],
  rank: ['rank'],
  agent: ['agency', 'outlet', 'publication', 'broadcaster', 'newspaper', 'paper', 'person', 'executive', 'official'],
  place: ['place', 'location', 'city', 'country', 'region', 'area'],
  quantity: ['number', 'count'],
  money: ['amount', 'size', 'figure', 'value', 'big', 'larg'],
  percent: ['percentage', 'share', 'rate', 'fast'],
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

const LIST_HEAD = new RegExp(
  `\\b(?:which|what)\\s+((?:[\\p{L}-]+\\s+){0,3}?)([\\p{L}-]+)(?:\\s+(?:each|all|both|also)\\b)?(?:\\s+(?:does|did|do|is|are|was|were|has|have|had|can|will|${PAST_FORMS.join('|')}|\\p{Ll}+ed)\\b|\\s*\\??\\s*$)`,
  'iu',
);

function listHead(question: string): string | undefined {
  // "Which brands sold…", "which brands each sold…" as well as "which brands did…": the head noun,
  // before a verb or the end.
  return LIST_HEAD.exec(question)?.[2];
}

const AUXILIARY = /^(?:is|are|was|were|does|did|do|has|have|had|can|could|will|would|should)$/i;
/** Concepts whose doing is an amount of money: what was earned, raised, paid, spent, invested. */
const MONEY_DONE = new Set(['revenue', 'raise', 'pay', 'transaction', 'invest', 'profit']);

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
    // …unless the thing done is money: "What did the festival bring in?", "What did Ant raise?".
    if (asksAction && guessed.kind === 'money' && MONEY_DONE.has(guessed.term)) return 'money';
    // The keyword must be in the phrase that says what is asked: "Which patent portfolio is being held
    // back?" asks for a portfolio, whatever "held" suggests.
    const copula = /^(?:is|are|was|were)$/.test(next) ? 2 : 1;
    const verb = all.findIndex((w, i) => i >= what + copula && AUXILIARY.test(w.word));
    const inPhrase = verb < 0 || guessed.at < verb;
    if (what >= 0 && !asksAction && inPhrase && guessed.at > what && guessed.at - what <= 6) return guessed.kind;
  }
  return stated ?? guessed?.kind;
}

/** Stems "share" only modifies: "share buyback", "share sale", "share price" ask for no share. */
const SHARE_OF = /^(?:buyback|repurchase|transaction|listing|price|capital|placement|issue|count|option|award)$/;

interface Guess {
  kind: AnswerKind;
  /** Index among the question's words of the word that suggested it. */
  at: number;
  /** That word's concept ("transaction"). */
  term: string;
}

/**
 * The kind a keyword suggests ("users" → a count), and where that keyword stands. A phrase counts as
 * its concept ("the first half" is a period, not a share) and a stopword as nothing ("make up").
 */
function guessKind(question: string, stemOf: (word: string) => string): Guess | undefined {
  const phrases = phrasesIn(question);
  const stems = words(question).map((w) => {
    const phrase = phrases.find((p) => p.start <= w.start && p.end >= w.end);
    return phrase ? phrase.concept : STOPWORDS.has(w.word.toLowerCase()) ? '' : stemOf(w.word);
  });
  for (const [term, kind] of KIND_OF_TERM) {
    // "share buyback", "share sale": a noun's modifier says nothing of the answer's kind.
    const at = stems.findIndex((s, i) => s === term && !(term === 'share' && SHARE_OF.test(stems[i + 1] ?? '')));
    if (at >= 0) return { kind, at, term };
  }
  return undefined;
}

/** What a question asks for: the kind of answer, whether a question word says it, and who is wanted. */
export interface QuestionKind {
  kind: AnswerKind;
  stated: boolean;
  agentType?: 'person' | 'organisation';
  /** For a keyword query, the concept that says what it measures ("total transactions" → transaction). */
  keyword?: string;
}

/** Reads the kind of answer from a question (with its misspelt kind words already corrected). */
export function kindOf(question: string): QuestionKind {
  const stated = KIND_PATTERNS.find(([pattern]) => pattern.test(question))?.[1];
  const guessed = guessKind(question, stem);
  const kind = refineKind(stated, guessed, question) ?? 'thing';
  const agentType = new RegExp(`\\b(?:${PERSON_NOUNS})\\b`, 'i').test(question)
    ? 'person'
    : new RegExp(`\\b(?:${ORGANISATION_NOUNS})\\b`, 'i').test(question)
      ? 'organisation'
      : undefined;
  return {
    kind,
    stated: stated !== undefined,
    ...(kind === 'agent' && agentType && { agentType }),
    ...(stated === undefined && guessed && { keyword: guessed.term }),
  };
}
