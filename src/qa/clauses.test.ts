import { describe, expect, it } from 'vitest';
import { clauseAround } from './clauses';

describe('clauseAround', () => {
  const clauses: [string, string, string][] = [
    // sentence, a word in it, the clause that holds the word
    [
      'The Hong Kong tranche drew orders nearly 390 times the shares on offer, while the Shanghai portion was more than 870 times oversubscribed.',
      '870',
      'while the Shanghai portion was more than 870 times oversubscribed.',
    ],
    [
      'Sales passed 100 billion yuan after 1 hour; in 2018 it took 1 hour and 47 minutes to reach the same mark.',
      '47',
      'in 2018 it took 1 hour and 47 minutes to reach the same mark.',
    ],
    [
      'Amazon sold 175 million items over its Prime Day in July, and American shoppers spent US$7.9 billion on Cyber Monday.',
      'Cyber',
      'and American shoppers spent US$7.9 billion on Cyber Monday.',
    ],
    // The "and" of a list joins no clauses.
    [
      'It sells in Japan, the United States, South Korea, and Germany.',
      'Germany',
      'It sells in Japan, the United States, South Korea, and Germany.',
    ],
    [
      'Its arm brought in 20 billion yuan in the first half, up from 15 billion yuan last year.',
      '15',
      'up from 15 billion yuan last year.',
    ],
    [
      'Alibaba is set to raise up to $12.9bn from its listing in Hong Kong, pricing its shares at a discount to their New York close.',
      'New',
      'pricing its shares at a discount to their New York close.',
    ],
    // A part of what was counted has its own clause, and so has what "but" sets against the rest.
    [
      'Shoppers bought from more than 200,000 brands, 22,000 of them from overseas.',
      '22,000',
      '22,000 of them from overseas.',
    ],
    [
      'The company reported revenue of 20.6 billion yuan but swung to a net loss of 283 million yuan.',
      '283',
      'but swung to a net loss of 283 million yuan.',
    ],
  ];
  it.each(clauses)('%s: %s', (sentence, word, clause) => {
    const [start, end] = clauseAround(sentence, sentence.indexOf(word));
    expect(sentence.slice(start, end)).toBe(clause);
  });
});
