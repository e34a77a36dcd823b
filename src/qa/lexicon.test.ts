import { describe, expect, it } from 'vitest';
import { relatedConcepts, stem } from './lexicon';

describe('stem', () => {
  const stems: [string, string, string][] = [
    // word, another form, why they meet
    ['adding', 'add', 'a doubled consonant is the verb’s own'],
    ['dropped', 'drop', 'a doubled consonant added before -ed'],
    ['buying', 'buy', 'a verb in -y keeps its y'],
    ['staffed', 'staff', '"ff" is the word’s own'],
    ['heads', 'leads', 'heading and leading a unit are one concept'],
    ['fell', 'drop', 'an irregular past and a synonym'],
    ['Turkish', 'Turkey', 'a nationality is its country'],
    ['Chinese', 'China', 'a nationality is its country'],
  ];
  it.each(stems)('%s and %s (%s)', (word, other) => {
    expect(stem(word)).toBe(stem(other));
  });

  it('keeps sales and revenue apart: they are related, not the same', () => {
    expect(stem('sales')).not.toBe(stem('revenue'));
    expect(relatedConcepts(stem('sales')).get(stem('revenue'))).toBeLessThan(1);
  });
});

describe('relatedConcepts', () => {
  const related: [string, string, boolean][] = [
    // a word, another, whether one answers for the other in part
    ['runs', 'leads', true], // "Wan Lin runs Cainiao" answers who leads it
    ['owns', 'runs', true],
    ['paid', 'bought', true], // "bought … for US$728 million" says what was paid
    ['paying', 'invest', true], // "agreed to invest US$1.5 billion for a 75 per cent stake"
    ['viewers', 'people', true],
    ['profit', 'revenue', false], // a profit is no revenue
    ['employees', 'users', false],
  ];
  it.each(related)('%s ~ %s: %s', (a, b, expected) => {
    expect((relatedConcepts(stem(a)).get(stem(b)) ?? 0) > 0).toBe(expected);
  });
});
