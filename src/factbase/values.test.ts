import { describe, expect, it } from 'vitest';
import { findValues, valueEnd } from './values';

describe('findValues', () => {
  const cases: [string, string, string, number, string, string | undefined][] = [
    // sentence, words of the value, kind, amount, comparator, currency
    ['Alipay has more than 520 million users.', 'more than 520 million', 'quantity', 520e6, 'more-than', undefined],
    // A share said as a ratio is one value, its numbers no counts of their own.
    ['Roughly three in ten users watch.', 'Roughly three in ten', 'percent', 30, 'about', undefined],
    ['One out of five shoppers paid with Alipay.', 'One out of five', 'percent', 20, 'exact', undefined],
    [
      'With more than one million paying customers, it grew.',
      'more than one million',
      'quantity',
      1e6,
      'more-than',
      undefined,
    ],
    ['It has 15 data centres.', '15', 'quantity', 15, 'exact', undefined],
    ['there were 60,000 international brands', '60,000', 'quantity', 60000, 'exact', undefined],
    ['a record US$25.3 billion in transactions', 'US$25.3 billion', 'money', 25.3e9, 'exact', 'USD'],
    ['revenue to 2.97 billion yuan last quarter', '2.97 billion yuan', 'money', 2.97e9, 'exact', 'CNY'],
    ['Alibaba to raise up to $12.9bn in a listing', 'up to $12.9bn', 'money', 12.9e9, 'up-to', 'USD'],
    ['it raised $460m.', '$460m', 'money', 460e6, 'exact', 'USD'],
    ['an offer of about £12.6m for piers', 'about £12.6m', 'money', 12.6e6, 'about', 'GBP'],
    [
      'would raise at least 88 billion Hong Kong dollars',
      'at least 88 billion Hong Kong dollars',
      'money',
      88e9,
      'at-least',
      'HKD',
    ],
    ['Paytm is worth Rs 500 crore', 'Rs 500 crore', 'money', 5e9, 'exact', 'INR'],
    ['a 99 per cent year-on-year increase', '99 per cent', 'percent', 99, 'exact', undefined],
    ['grew 115 per cent year on year', '115 per cent', 'percent', 115, 'exact', undefined],
    ['shares closed up 0.35%.', '0.35%', 'percent', 0.35, 'exact', undefined],
    ['controls more than half of the market', 'more than half', 'percent', 50, 'more-than', undefined],
    ['revenue grew by more than a third', 'more than a third', 'percent', 100 / 3, 'more-than', undefined], // a change by a fraction
    ['operates in about 200 countries', 'about 200', 'quantity', 200, 'about', undefined],
    ['nearly 3 billion orders', 'nearly 3 billion', 'quantity', 3e9, 'nearly', undefined],
    ['a sale across six Southeast Asian markets', 'six', 'quantity', 6, 'exact', undefined], // a count in words
    ['Fifteen brands sold more', 'Fifteen', 'quantity', 15, 'exact', undefined],
  ];
  it.each(cases)('%s', (sentence, words, kind, amount, comparator, currency) => {
    const [value] = findValues(sentence);
    expect(value && sentence.slice(value.start, value.end)).toBe(words);
    expect(value).toMatchObject({ kind, amount, comparator });
    expect(value?.currency).toBe(currency);
  });

  it('keeps a bracketed conversion as the same sum, not a second value', () => {
    const sentence = 'revenue to 2.97 billion yuan (US$447 million) in the quarter';
    const values = findValues(sentence);
    expect(values).toHaveLength(1);
    expect(values[0]?.equivalent).toMatchObject({ amount: 447e6, currency: 'USD', text: 'US$447 million' });
    const eq = values[0]?.equivalent;
    expect(eq && sentence.slice(eq.start, eq.end)).toBe('US$447 million');
  });

  it('keeps a conversion after "or" as the same sum', () => {
    const sentence = 'GMV of 268.4 billion yuan, or about US$38.4 billion, across Tmall';
    const values = findValues(sentence);
    expect(values).toHaveLength(1);
    const eq = values[0]?.equivalent;
    expect(eq && sentence.slice(eq.start, eq.end)).toBe('about US$38.4 billion');
    expect(values[0] && sentence.slice(values[0].start, valueEnd(sentence, values[0]))).toBe(
      '268.4 billion yuan, or about US$38.4 billion',
    );
  });

  it('takes a count in words only before a noun and after no determiner', () => {
    const sentence =
      'Of the three units, two markets grew, all three operations and the ten shops did not; it is one of ten.';
    expect(findValues(sentence).map((v) => sentence.slice(v.start, v.end))).toEqual(['two']);
  });

  it('records the precision the number was written with', () => {
    const precision = (s: string) => findValues(s)[0]?.precision;
    expect(precision('US$25.3 billion')).toBeCloseTo(0.1e9);
    expect(precision('520 million users')).toBe(10e6);
    expect(precision('15 data centres')).toBe(1);
  });

  it('skips hyphenated adjectives, ordinals, excluded spans and bare word numbers', () => {
    const sentence = 'In the 24-hour period, the sixth-largest economy and all three operations grew in 2017.';
    const year = sentence.indexOf('2017');
    expect(findValues(sentence, [{ start: year, end: year + 4 }])).toEqual([]);
  });
});
