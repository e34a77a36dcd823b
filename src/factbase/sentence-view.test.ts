import { describe, expect, it } from 'vitest';
import { isBaseline, isChangedTo } from './sentence-view';

describe('isBaseline', () => {
  const cases: [string, string, boolean][] = [
    // sentence, the value, whether it is what a change starts from
    ['A January overhaul cut his voting rights from more than 50% to about 6.2%.', 'more than 50%', true],
    ['A January overhaul cut his voting rights from more than 50% to about 6.2%.', 'about 6.2%', false],
    ['Users reached 1.2 billion, up from 1.04 billion in 2018.', '1.04 billion', true],
    ['Volume rose 66% to 226.2 billion liras, or about US$32 billion, from 136 billion liras.', '136 billion', true],
    ['It had 520,000 staff, compared with 491,000 a year earlier.', '491,000', true],
    ['Parameters range from 500 million to 110 billion.', '500 million', true],
    // "From" where nothing changes: where the shoppers bought.
    ['Consumers took part, buying from more than 200,000 brands.', 'more than 200,000', false],
  ];
  it.each(cases)('%s: %s', (text, value, expected) => {
    const start = text.indexOf(value);
    expect(isBaseline(text, { start, end: start + value.length })).toBe(expected);
  });
});

describe('isChangedTo', () => {
  const cases: [string, string, boolean][] = [
    // sentence, the value, whether it is what a change came to
    ['The price would fall to 0.0005 yuan per 1,000 tokens from 0.02 yuan.', '0.0005 yuan', true],
    ['The price would fall to 0.0005 yuan per 1,000 tokens from 0.02 yuan.', '0.02 yuan', false],
    ['The overhaul cut his voting rights from more than 50% to about 6.2%.', 'about 6.2%', true],
    // "To" with no change: where the money goes.
    ['Alibaba lent US$1 billion to 200 merchants.', '200', false],
  ];
  it.each(cases)('%s: %s', (text, value, expected) => {
    const start = text.indexOf(value);
    expect(isChangedTo(text, { start, end: start + value.length })).toBe(expected);
  });
});
