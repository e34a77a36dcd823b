import { describe, expect, it } from 'vitest';
import { analyseQuestion } from './analyse-question';
import { namesOfSources } from './article-names';
import { createEntityLexicon } from './entity-lexicon';
import { measureFit, measureTerms } from './measure';
import { buildSearchIndex } from './search-index';
import { testNewsBase } from './test-engine';
import { vocabularyOf } from './vocabulary';

const commonWords = new Set(['people', 'foreign', 'big']);
const vocabulary = vocabularyOf(testNewsBase, commonWords);
const { entities, articleNames, ambiguous } = namesOfSources(testNewsBase, vocabulary, commonWords);
const lexicon = createEntityLexicon([...entities, ...articleNames], vocabulary.lowercase);
const index = buildSearchIndex({ ...testNewsBase, entities }, articleNames, ambiguous);
const analyse = (q: string) => analyseQuestion(q, lexicon, vocabulary);

describe('measureTerms', () => {
  const measures: [string, string[]][] = [
    // question, what the amount it asks for must be an amount of (as terms)
    ['How many foreign brands took part?', ['international', 'brand']], // what "how many" counts
    ['What was Alibaba Health’s net profit?', ['profit']],
    ['How much did Alibaba pay for Trendyol?', ['pay']],
    ['When did Alibaba buy Trendyol?', []], // no amount asked
    ['How many people does Alibaba employ?', ['employee']], // the people employed, not users
    ['How much was Trendyol worth after the funding round?', ['valuation']], // the round dates the worth
  ];
  it.each(measures)('%s → %s', (question, expected) => {
    expect(measureTerms(analyse(question))).toEqual(expected);
  });
});

describe('measureFit', () => {
  /** The fit of the figure `value` in the sentence that holds it, for `question`. */
  function fitOf(question: string, value: string): number {
    const s = index.sentences.find((x) => x.sentence.text.includes(value));
    if (!s) throw new Error(`no sentence holds ${value}`);
    const start = s.sentence.start + s.sentence.text.indexOf(value);
    const candidate = { text: value, start, end: start + value.length, fit: 1 };
    const q = analyse(question);
    return measureFit(candidate, s, q, measureTerms(q));
  }
  const fits: [string, string, 'full' | 'less'][] = [
    // question, a figure, whether it is a figure of what was asked
    ['How many foreign brands took part?', '31,000', 'full'], // "including 31,000 from overseas" counts brands
    ['How many foreign brands took part?', '250,000', 'less'], // all brands, not the foreign ones
    ['What were Alibaba Health’s sales in the six months to September?', '11.8 billion', 'less'], // revenue, in part
    ['What was the net loss for the fiscal year?', '283 million', 'full'],
    ['What was the net loss for the fiscal year?', '20.6 billion', 'less'], // the revenue, in the clause before "but"
    ['How many merchants took part in the very first festival?', '27', 'full'],
  ];
  it.each(fits)('%s: %s (%s)', (question, value, expected) => {
    const fit = fitOf(question, value);
    if (expected === 'full') expect(fit).toBe(1);
    else expect(fit).toBeLessThan(1);
  });
});
