import { describe, expect, it } from 'vitest';
import { isBaseline, isChangedTo } from './sentence-view';

describe('isBaseline and isChangedTo', () => {
  const cases: [string, string, 'from' | 'to' | 'neither'][] = [
    // sentence, the value, which end of a change it is
    ['A January overhaul cut his voting rights from more than 50% to about 6.2%.', 'more than 50%', 'from'],
    ['A January overhaul cut his voting rights from more than 50% to about 6.2%.', 'about 6.2%', 'to'],
    ['Users reached 1.2 billion, up from 1.04 billion in 2018.', '1.04 billion', 'from'],
    ['Volume rose 66% to 226.2 billion liras, or about US$32 billion, from 136 billion liras.', '136 billion', 'from'],
    ['It had 520,000 staff, compared with 491,000 a year earlier.', '491,000', 'from'],
    ['Parameters range from 500 million to 110 billion.', '500 million', 'from'],
    ['The price would fall to 0.0005 yuan per 1,000 tokens from 0.02 yuan.', '0.0005 yuan', 'to'],
    ['The price would fall to 0.0005 yuan per 1,000 tokens from 0.02 yuan.', '0.02 yuan', 'from'],
    // "From" and "to" where nothing changes: where the shoppers bought, to whom the money went.
    ['Consumers took part, buying from more than 200,000 brands.', 'more than 200,000', 'neither'],
    ['Alibaba lent US$1 billion to 200 merchants.', '200', 'neither'],
  ];
  it.each(cases)('%s: %s', (text, value, expected) => {
    const start = text.indexOf(value);
    const at = { start, end: start + value.length };
    const from = isBaseline(text, at);
    const to = isChangedTo(text, at);
    expect(from && to ? 'both' : from ? 'from' : to ? 'to' : 'neither').toBe(expected);
  });
});
