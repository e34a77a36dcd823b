import { nounPhraseAfter } from '../factbase/noun-phrases';
import type { NumericValue } from '../factbase/values';
import { kindInWords, type PeriodKind } from './period-kinds';
import { clauseAround, qualifiersIn, stemsIn } from './qualifiers';

// What a page's sentence says its figure measures, in the noun phrases around it: the count's noun
// ("monthly active users"), what a share or a sum is of ("of China’s mobile payments market"), and
// what the subject owns ("Alibaba Health’s pharmacy platform … generated"). "Contradicted" needs
// each of these words in the article's sentence, so the pharmacy platform's revenue is never ruled
// out by the company's total.

/** The measure a page's value is given for, as the checker compares it with a fact. */
export interface ClaimMeasure {
  /** Qualifiers of the measure ("monthly", "active", "domestic"). */
  qualifiers: Set<string>;
  /** The content words of the noun phrases that say what the value measures, stemmed. */
  words: string[];
  /** The kind of span its words give a sum or share ("annual revenue", "in the quarter"). */
  kind?: PeriodKind;
  /** Whether it speaks of a plan or an expectation ("will split", "is set to raise"). */
  forward: boolean;
}

/** Words of these noun phrases that state or date a figure without saying what it measures. */
const LIGHT = new Set(
  stemsIn(
    `total record new latest end year years month months quarter quarters half period fiscal financial full annual week
    day days time times roughly around approximately nearly almost close least exactly some set festival event edition
    campaign promotion shopping gala`,
  ),
);
/**
 * Words of a plan, an expectation or a deal agreed but not yet done ("agreed to transfer", "offered
 * to buy"), and the present tense of an announced change ("is splitting … into").
 */
const FORWARD =
  /\b(?:will|would|could|plans?|planned|expects?|expected|set\s+to|aims?|intends?|(?:agree|agrees|agreed|offer|offers|offered)\s+to|(?:is|are)\s+\w+ing\s+(?:itself\s+)?into)\b/i;
/** "of", "in" or "stake in" after a sum or a share: what it is of. */
const OF_AFTER =
  /^\s*(?:\)\s*)?(?:stake\s+)?(?:of|in)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*['’]s\s+)?/iu;
/** What a possessive owns before a value: "Alibaba Health’s pharmacy platform on Tmall generated". */
const POSSESSED = /^.*['’]s?\s+((?:[\p{L}-]+\s+){1,6})$/su;
/** Verbs that state a figure, and auxiliaries: what is owned ends before them. */
const VERBS = new Set(
  stemsIn(
    `has had have reached reaches came comes stood stands hit hits rose rises grew grows fell falls sank brought brings
    took takes made makes saw sees drew draws held holds owns ran runs got gets was were is are be been generates earns
    posts reports books records counts boasts serves handles processes operates employs supports spans covers accounts
    would will could set raise raises raised generate generated`,
  ),
);

/**
 * The measure a page's value at `value` is given for. `blanks` are spans to leave out: names and
 * times, which the checker compares on their own.
 */
export function readClaimMeasure(
  sentence: string,
  value: Pick<NumericValue, 'kind' | 'start' | 'end'>,
  blanks: readonly { start: number; end: number }[],
): ClaimMeasure {
  let text = sentence;
  for (const span of blanks)
    text = text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
  const clause = clauseAround(sentence, value.start, value.end);
  const phrases: string[] = [];
  if (value.kind === 'quantity') phrases.push(nounPhraseAfter(text, value.end).join(' '));
  else {
    const of = OF_AFTER.exec(text.slice(value.end));
    if (of) phrases.push(nounPhraseAfter(text, value.end + of[0].length).join(' '));
    const owned = POSSESSED.exec(text.slice(sentence.indexOf(clause), value.start))?.[1] ?? '';
    // Up to the verb that states the figure; participles before it qualify nothing we compare ("suspended IPO").
    const kept: string[] = [];
    for (const w of owned.split(/\s+/).filter(Boolean)) {
      if (VERBS.has(stemsIn(w)[0] ?? '')) break;
      if (!/ed$/.test(w) || w.includes('-')) kept.push(w);
    }
    phrases.push(kept.join(' '));
  }
  // Participles ("participating merchants") say what the things do, not which measure; the ones that
  // do ("paying", "transacting") are compared as qualifiers.
  const nouns = phrases
    .join(' ')
    .split(/\s+/)
    .filter((w) => w.includes('-') || !/\p{Ll}(?:ing|ed)$/u.test(w));
  const words = stemsIn(nouns.join(' ')).filter((w) => !LIGHT.has(w) && !/^\d/.test(w));
  const kind = kindInWords(clauseAround(text, value.start, value.end));
  return {
    qualifiers: qualifiersIn(clause),
    words: [...new Set(words)],
    ...(kind && { kind }),
    forward: FORWARD.test(sentence),
  };
}
