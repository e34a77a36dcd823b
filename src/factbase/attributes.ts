import type { NumericValue } from './values';

/**
 * Names what a number measures from the words around it, the way a reader would: the noun phrase
 * after a count ("15 data centres"), "in X" after money ("US$25.3 billion in transactions"), the
 * verb before it ("invested US$2 billion" → investment), or the money noun the clause is about
 * ("revenue ... to 2.97 billion yuan"). Returns undefined when nothing says, so no fact is made.
 */
export interface Attribute {
  attribute: string;
  /** The counted noun phrase as written ("paying customers"), for quantities. */
  unit?: string;
  /** Where that noun phrase ends in the sentence, when it follows the number. */
  unitEnd?: number;
}

/** Words that end a noun phrase after a number. */
const STOP = new Set(
  'a an the and or but of in on at to for from with by among as than that which who whose where when while this last next each every its their his her our its per up down over under into across including since after before about is are was were be been has have had will would can could did does do now so also only just more most'.split(
    ' ',
  ),
);
/** Modifiers dropped from a counted noun to name the attribute ("international brands" → brands). */
const MODIFIER =
  /^(?:[\p{L}]+-[\p{L}-]+|\p{L}+(?:al|ing|ic|ive|ous|ful|less|ly|ed|ary|ible|able)|new|total|active|own|such|other|several|many|few)$/u;
/** Nouns that money and percentages are commonly about in business news. */
const MONEY_NOUN =
  /\b(revenue|revenues|sales|profit|profits|net income|income|turnover|earnings|transactions|gross merchandise (?:volume|value)|GMV|valuation|market|investment|funding|spending|losses|loss|costs?|deal|stake|price|market value|capitalisation|capitalization)\b/gi;
const TIME_NOUN = /^(?:quarter|year|years|month|months|period|week|weeks|day|days|half|fiscal|decade)$/;
const MONEY_VERBS: [RegExp, string][] = [
  [/\binvest(?:ed|s|ing)?\b/i, 'investment'],
  [/\b(?:raise|raised|raises|raising)\b/i, 'funding'],
  [/\b(?:closed|opened|traded|trading|priced)\b(?:\s+\S+){0,6}\s+at\s*$/i, 'share price'],
  [/\b(?:acquired|bought|paid|pays|pay)\b/i, 'acquisition price'],
  [/\b(?:valued|valuing)\s+(?:\w+\s+)?at\b/i, 'valuation'],
  [/\b(?:spent|spend|spending)\b/i, 'spending'],
  [/\b(?:worth)\b/i, 'value'],
];
const GROWTH_NOUN = /^(increase|rise|growth|jump|gain|surge|decline|drop|fall|decrease)$/;
const UP_VERB =
  /\b(up|grow|grew|grown|grows|rose|risen|rises|increased|increases|jumped|climbed|surged|soared|gained|expanded)\b/i;
const DOWN_VERB = /\b(down|fell|fallen|falls|dropped|declined|decreased|slumped|shrank|plunged)\b/i;

/** The lower-case words of a noun phrase starting at `from`, up to four, stopping at function words. */
function nounPhraseAfter(sentence: string, from: number): string[] & { end: number } {
  const words = Object.assign([] as string[], { end: from });
  const re = /\s*([\p{Ll}][\p{Ll}\p{N}-]*|[\p{Lu}]{2,}s?)(?=[\s,.;:)”’"]|$)/uy;
  re.lastIndex = from;
  for (let m = re.exec(sentence); m && words.length < 4; m = re.exec(sentence)) {
    const word = m[1] ?? '';
    if (STOP.has(word.toLowerCase())) break;
    words.push(word);
    words.end = re.lastIndex;
  }
  return words;
}

/** Drops leading modifiers, keeping compounds of nouns ("data centres") whole. */
export function headOf(words: readonly string[]): string {
  let i = 0;
  while (i < words.length - 1 && MODIFIER.test(words[i] ?? '')) i++;
  return words.slice(i).join(' ');
}

function lastMatch(text: string, pattern: RegExp): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(pattern)) found = m[1];
  return found;
}

function quantityAttribute(sentence: string, value: NumericValue, segmentStart: number): Attribute | undefined {
  const words = nounPhraseAfter(sentence, value.end);
  if (words.length > 0) return { attribute: headOf(words), unit: words.join(' '), unitEnd: words.end };
  // "the number of users reached 500 million": the noun comes first.
  const before = sentence.slice(segmentStart, value.start);
  const noun =
    /\b([\p{Ll}-]+)\s+(?:reached|rose to|grew to|increased to|jumped to|totalled|totaled|topped|hit|exceeded|stood at|numbered)\s+$/u.exec(
      before,
    )?.[1];
  return noun && !STOP.has(noun) ? { attribute: noun, unit: noun } : undefined;
}

function moneyAttribute(sentence: string, value: NumericValue, segmentStart: number): Attribute {
  const end = value.equivalent ? sentence.indexOf(')', value.equivalent.end) + 1 : value.end;
  const before = sentence.slice(segmentStart, value.start);
  const lastWords = before.split(/\s+/).slice(-8).join(' ');
  for (const [verb, attribute] of MONEY_VERBS) if (verb.test(lastWords)) return { attribute };
  // "US$25.3 billion in transactions": a lower-case noun phrase that ends before any name.
  const inNoun = /^\s+in\s+((?:\p{Ll}[\p{Ll}-]*\s*)+)(?![\s\p{Lu}])/u.exec(sentence.slice(end))?.[1]?.trim();
  const inHead = inNoun?.split(/\s+/)[0] ?? '';
  if (inNoun && !STOP.has(inHead) && !TIME_NOUN.test(inHead)) {
    return { attribute: headOf(nounPhraseAfter(sentence, end + sentence.slice(end).indexOf(inHead))) };
  }
  const after = nounPhraseAfter(sentence, end);
  if (after.length > 0 && !TIME_NOUN.test(after[0] ?? '')) return { attribute: headOf(after) };
  const noun = lastMatch(before, MONEY_NOUN);
  return { attribute: noun ? noun.toLowerCase() : 'amount' };
}

/** Skips "year on year", which qualifies a change rather than naming what changed. */
function skipYearOnYear(sentence: string, from: number): number {
  return from + (/^\s+year[- ]on[- ]year\b/.exec(sentence.slice(from))?.[0].length ?? 0);
}

function percentAttribute(sentence: string, value: NumericValue, segmentStart: number): Attribute {
  const after = nounPhraseAfter(sentence, skipYearOnYear(sentence, value.end)).filter(
    (w) => !/^(?:year-on-year|annual|average|annualised|annualized)$/.test(w),
  );
  const last = after.at(-1) ?? '';
  const growth = (noun: string | undefined, word: string) =>
    `${noun ? `${noun.toLowerCase()} ` : ''}${/decline|drop|fall|decrease/.test(word) ? 'decline' : 'growth'}`;
  if (GROWTH_NOUN.test(last)) {
    const inNoun = /^\s+(?:in|of)\s+([\p{L}]+)/u.exec(
      sentence.slice(value.end + sentence.slice(value.end).indexOf(last) + last.length),
    )?.[1];
    const noun = after.length > 1 ? after.slice(0, -1).join(' ') : inNoun;
    return { attribute: growth(noun, last) };
  }
  if (after.length > 0 && !value.text.match(/half|third|quarter/)) return { attribute: headOf(after) };
  const before = sentence.slice(segmentStart, value.start);
  const verb =
    UP_VERB.exec(before.split(/\s+/).slice(-3).join(' ')) ?? DOWN_VERB.exec(before.split(/\s+/).slice(-3).join(' '));
  if (verb) return { attribute: growth(lastMatch(before, MONEY_NOUN), verb[1] ?? '') };
  const target =
    lastMatch(sentence.slice(value.end, value.end + 80), MONEY_NOUN) ??
    /^\s+of\s+(?:(?:the|a|an|its|their|[\p{L}’'$.\d]+’s?|US\$[\d.]+|[\d.]+|trillion|billion|million)\s+){0,4}([\p{Ll}]+)/u.exec(
      sentence.slice(value.end),
    )?.[1];
  return { attribute: target ? `${target.toLowerCase()} share` : 'share' };
}

/** Names what `value` measures; `segmentStart` is where its clause begins. */
export function attributeOf(sentence: string, value: NumericValue, segmentStart: number): Attribute | undefined {
  if (value.kind === 'quantity') return quantityAttribute(sentence, value, segmentStart);
  if (value.kind === 'money') return moneyAttribute(sentence, value, segmentStart);
  return percentAttribute(sentence, value, segmentStart);
}
