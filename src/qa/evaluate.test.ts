import { describe, expect, it } from 'vitest';
import { answerMatches, type EvalQuestion, normalise, score, summarise } from './evaluate';

const q = (answers: string[], extra: Partial<EvalQuestion> = {}): EvalQuestion => ({
  id: 'q',
  question: '?',
  answers,
  tags: [],
  passages: [3],
  ...extra,
});

describe('answerMatches', () => {
  const cases: [string, EvalQuestion, boolean][] = [
    ['more than 520 million', q(['more than 520 million']), true],
    ['more than 520 million', q(['520 million']), true], // the gold is inside the answer
    ['2.97 billion yuan (US$447 million)', q(['US$447 million']), true], // a bracketed conversion
    ['$447m', q(['US$447 million']), true], // the same number, written otherwise
    ['US$448 million', q(['US$447 million']), false],
    ['60,000', q(['140,000']), false],
    [
      'the international retail platform of Alibaba that operates in about 200 countries',
      q(['the international retail platform of Alibaba']),
      true,
    ],
    ['Russia, Spain and the US', q(['…'], { items: ['Russia', 'Spain', 'Netherlands'] }), false], // an item missing
    ['Hong Kong, Singapore and Dubai', q(['…'], { items: ['Hong Kong', 'Dubai'] }), true],
    ['Ant Financial Services Group', q(['Ant Financial']), true],
    ['Ant', q(['Ant Financial']), false], // too little of it
  ];
  it.each(cases)('%s vs %j → %s', (predicted, question, expected) => {
    expect(answerMatches(predicted, question)).toBe(expected);
  });

  it('normalises currency, thousands and per cent', () => {
    expect(normalise('US$1,000 and 99 per cent')).toBe('us$1000 and 99%');
  });
});

describe('score and summarise', () => {
  const passage = { index: 3, text: 'Alipay has more than 520 million users.' };
  const right = score(q(['520 million']), {
    answer: 'more than 520 million',
    quote: 'Alipay has more than 520 million users.',
    passage,
    latencyMs: 1,
  });
  const wrongPassage = score(q(['520 million']), {
    answer: '520 million',
    quote: 'Alipay has more than 520 million users.',
    passage: { ...passage, index: 9 },
    latencyMs: 2,
  });
  const abstained = score(q([]), { answer: null, quote: null, passage: null, latencyMs: 3 });
  const guessed = score(q([]), { answer: '10', quote: 'x', passage, latencyMs: 4 });

  it('scores answers, citations and abstentions', () => {
    expect([right.answerCorrect, right.citationCorrect]).toEqual([true, true]);
    expect([wrongPassage.answerCorrect, wrongPassage.citationCorrect]).toEqual([true, false]);
    expect(abstained.answerCorrect).toBe(true);
    expect(guessed.answerCorrect).toBe(false);
  });

  it('summarises like SQuAD 2.0: answers, citations of right answers, abstentions, latency', () => {
    expect(summarise([right, wrongPassage, abstained, guessed])).toEqual({
      answerable: 2,
      unanswerable: 2,
      answerAccuracy: 1,
      citationAccuracy: 0.5,
      abstentionAccuracy: 0.5,
      p50Ms: 2,
      p95Ms: 4,
    });
  });
});
