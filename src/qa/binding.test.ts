import { describe, expect, it } from 'vitest';
import type { QuestionAnalysis } from './analyse-question';
import { bindingWeight } from './binding';
import type { NameSpan } from './text-spans';

/** A question as the analysis reads it, with only what binding looks at. */
function question(text: string, more: Partial<QuestionAnalysis> = {}): QuestionAnalysis {
  return {
    question: text,
    kind: 'money',
    kindStated: true,
    entities: [],
    unknownNames: [],
    terms: [],
    allTerms: [],
    typos: new Set(),
    nearby: new Map(),
    missing: [],
    constraints: {},
    ...more,
  };
}

/** The names of a sentence: each capitalised run after its first word; `asked` ones are the question's. */
function namesIn(sentence: string, asked: string[]): NameSpan[] {
  return [...sentence.matchAll(/(?<=\s)\p{Lu}[\p{L}’']*(?:\s+\p{Lu}[\p{L}’']*)*/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
    inQuestion: asked.includes(m[0]),
    kind: 'external',
  }));
}

describe('bindingWeight', () => {
  const cases: [string, string, QuestionAnalysis, string[], number][] = [
    // sentence, the candidate, the question, names it asks, the weight
    [
      'Ant priced its shares at 50 yuan each in Shanghai and HK$60 each in Hong Kong.',
      '50 yuan',
      question('What was the price in HK?', { constraints: { place: 'HK' } }),
      [],
      0.6, // the place after it is Shanghai
    ],
    [
      'Ant priced its shares at 50 yuan each in Shanghai and HK$60 each in Hong Kong.',
      'HK$60',
      question('What was the price in HK?', { constraints: { place: 'HK' } }),
      [],
      1,
    ],
    [
      'Amazon sold 175 million items on Prime Day, and American shoppers spent US$7.9 billion on Cyber Monday.',
      '175 million',
      question('How many items did Amazon sell on Cyber Monday?'),
      ['Amazon', 'Cyber Monday'],
      0.25, // Cyber Monday is in the other clause
    ],
    [
      'The deal would have topped the US$29.4 billion raised by Saudi Aramco last year.',
      'US$29.4 billion',
      question('How much did Ant raise?'),
      [],
      0.5, // raised by someone else
    ],
    [
      'Alibaba will raise up to $12.9bn (£10bn).',
      'up to $12.9bn (£10bn)',
      question('How much will Alibaba raise in yen?', { currency: 'JPY' }),
      [],
      0.6, // not in the currency asked for
    ],
    [
      'Morgan Stanley values the cloud unit at $60 billion, while Jefferies puts Cainiao at nearly $20 billion.',
      'nearly $20 billion',
      question('What value does Jefferies put on the cloud?', {
        entities: [{ entityId: 'name-jefferies', text: 'Jefferies', start: 20, end: 29, distance: 0 }],
      }),
      ['Jefferies'],
      0.25, // the value Jefferies puts on Cainiao
    ],
    [
      'The deal sharpens its rivalry with Wumart, which owns a stake in Yonghui and reported revenue of 201.1 billion yuan.',
      '201.1 billion yuan',
      question('What was Sun Art’s revenue?'),
      [],
      0.25, // the relative clause's: Wumart's
    ],
    [
      'The deal sharpens its rivalry with Wumart, which owns a stake in Yonghui and reported revenue of 201.1 billion yuan.',
      '201.1 billion yuan',
      question('What was Wumart’s revenue?'),
      ['Wumart'],
      1,
    ],
    [
      'Tencent said WeChat Work, its enterprise version of WeChat, which had 60 million active users, grew.',
      '60 million',
      question('How many users did WeChat Work have?', { kind: 'quantity' }),
      ['WeChat Work'],
      1, // the clause follows the asked name's apposition
    ],
  ];
  it.each(cases)('%s: %s', (sentence, candidate, q, asked, weight) => {
    const start = sentence.indexOf(candidate);
    const currency = candidate.includes('$') ? ['USD', 'GBP'] : undefined;
    const span = { start, end: start + candidate.length };
    expect(bindingWeight(sentence, span, namesIn(sentence, asked), q, currency)).toBeCloseTo(weight);
  });
});

describe('bindingWeight on a figure another firm owns', () => {
  it('takes a catalog firm’s possessive for the owner when the question asks about a firm outside it', () => {
    const sentence = 'On Wednesday Alibaba’s Hong Kong-listed shares fell 9.8%, and Tencent also slid.';
    const name = (text: string, kind: string, inQuestion: boolean): NameSpan => {
      const start = sentence.indexOf(text);
      return { text, start, end: start + text.length, kind, inQuestion };
    };
    const names = [name('Alibaba', 'parent', false), name('Tencent', 'external', true)];
    const tencent = { entityId: 'name-tencent', text: 'Tencent', start: 13, end: 20, distance: 0 };
    const start = sentence.indexOf('9.8%');
    const span = { start, end: start + 4 };
    expect(
      bindingWeight(sentence, span, names, question('How much did Tencent’s shares fall?', { entities: [tencent] })),
    ).toBeCloseTo(0.25);
    // Asked about a unit of the catalog, the parent's figure may be its own: nothing speaks against it.
    const unit = { entityId: 'alibaba-cloud', text: 'Alibaba Cloud', start: 13, end: 26, distance: 0 };
    expect(bindingWeight(sentence, span, names, question('How much did the shares fall?', { entities: [unit] }))).toBe(
      1,
    );
  });
});
