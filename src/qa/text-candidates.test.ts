import { describe, expect, it } from 'vitest';
import { whole } from './text-candidates';

describe('whole: words that could stand as an answer', () => {
  const cases: [text: string, after: string, expected: boolean][] = [
    ['Bjarke Mikkelsen', ', Daraz’s co-founder', true],
    ['English and international trade', '.', true],
    ['who', ' took over', false], // a pronoun alone
    ['enough bad reviews would be pulled from', ' app stores', false], // runs on past its end
    ['Apple’s', ' App Store', false], // a possessive is what owns the answer, not the answer
    ['margin of 1', '.6%', false], // a number cut short
    ['margin of 1.6%', ' for the quarter', true],
  ];
  it.each(cases)('%s|%s → %s', (text, after, expected) => {
    expect(whole(text, after)).toBe(expected);
  });
});
