import { describe, expect, it } from 'vitest';
import { typedSpans } from './typed-spans';

const REFERENCE = { year: 2019, month: 11, day: 12 };
const read = (sentence: string, kind: 'duration' | 'date' | 'rank') =>
  typedSpans(sentence, kind, REFERENCE).map((s) => sentence.slice(s.start, s.end));

describe('typedSpans', () => {
  const spans: [string, 'duration' | 'date' | 'rank', string[]][] = [
    // sentence, kind wanted, the spans read
    ['The first 1 billion yuan was spent just 68 seconds after midnight.', 'duration', ['68 seconds']],
    [
      'Sales passed 100 billion yuan after 1 hour, 3 minutes and 59 seconds; in 2018 it took 1 hour and 47 minutes.',
      'duration',
      ['1 hour, 3 minutes and 59 seconds', '1 hour and 47 minutes'],
    ],
    ['JD.com ran an 11-day promotion.', 'duration', ['11-day']],
    ['Parcels reach shoppers in Spain within five working days.', 'duration', ['five working days']], // which days count
    ['The first parcel reached a shopper eight minutes after midnight.', 'date', ['eight minutes after midnight']],
    ['The first order was filled 90 seconds after the open.', 'date', ['90 seconds after the open']],
    ['The festival closed at midnight on Monday.', 'date', ['at midnight', 'on Monday']],
    ['Alibaba Cloud is the biggest provider in China.', 'rank', ['biggest']],
  ];
  it.each(spans)('%s (%s)', (sentence, kind, expected) => {
    expect(read(sentence, kind)).toEqual(expected);
  });
});
