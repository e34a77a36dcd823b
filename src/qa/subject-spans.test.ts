import { describe, expect, it } from 'vitest';
import { stem } from './lexicon';
import { copulaSpans, subjectSpans, subjectVerb } from './subject-spans';
import { type NameSpan, termHits, tokensOf } from './text-spans';

/** Every capitalised run of words after the first word, as a name. */
function namesIn(sentence: string): NameSpan[] {
  return [...sentence.matchAll(/(?<=\s)\p{Lu}[\p{L}’']*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’']*)*/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    inQuestion: false,
    kind: 'external',
  }));
}

describe('subjectVerb', () => {
  const verbs: [string, string | undefined][] = [
    ['Which regulators issued the draft rules?', 'publish'], // issued and published are one concept
    ['Which news agency reported the pricing?', 'report'],
    ['Who took over as chairman?', 'succeed'], // a phrase
    ['Who founded Paytm?', 'found'],
    ['Which company did Alipay start working with?', undefined], // the wh-phrase is an object
    ['Who is Alibaba’s president?', undefined],
  ];
  it.each(verbs)('%s → %s', (question, verb) => {
    expect(subjectVerb(question)).toBe(verb);
  });
});

describe('subjectSpans', () => {
  const subjects: [string, string, string[]][] = [
    // sentence, the verb's term, the subjects read
    [
      'On Monday, the China Banking Regulatory Commission and the People’s Bank of China published draft rules.',
      'publish',
      ['the China Banking Regulatory Commission and the People’s Bank of China'],
    ],
    ['Investors were told the final numbers, Reuters reported.', 'report', ['Reuters']],
    ['At the reported pricing, the listing would raise more.', 'report', []], // no name does it
    // An insert about the name before it is not the subject.
    ['Hosts such as Li Jiaqi, known to fans as the Lipstick King, pitched products.', 'pitch', []],
    // The words before the second "runs" hold the first: two clauses, not a subject.
    ['Wan Lin runs Cainiao and Fan Luyuan runs Youku.', 'run', ['Wan Lin']],
    // The clause begins after the word that joins it on, and a name's own "for" is no preposition.
    [
      'The figures come two days after China’s State Administration for Market Regulation published draft rules.',
      'publish',
      ['China’s State Administration for Market Regulation'],
    ],
    // A name after "with" is a preposition's object: "operator" is a noun, not its verb.
    ['Set up by Alibaba together with department store operator Intime, Cainiao grew.', 'run', []],
  ];
  it.each(subjects)('%s', (sentence, verb, expected) => {
    const hits = termHits(tokensOf(sentence), [verb]);
    expect(subjectSpans(sentence, hits, verb, namesIn(sentence)).map((s) => s.text)).toEqual(expected);
  });
});

describe('copulaSpans', () => {
  const sides: [string, string[], string[]][] = [
    // sentence, the question's terms, the other side of "is"
    ['Lending is Ant’s biggest money-maker.', ['biggest', 'money-maker'], ['Lending']],
    ['The biggest market was Russia, followed by Spain.', ['biggest', 'market'], ['Russia']],
    ['Lending is Ant’s biggest money-maker.', ['lending'], ['Ant’s biggest money-maker']],
  ];
  it.each(sides)('%s', (sentence, words, expected) => {
    const hits = termHits(tokensOf(sentence), words.map(stem));
    expect(copulaSpans(sentence, hits).map((s) => s.text)).toEqual(expected);
  });
});
