import { describe, expect, it } from 'vitest';
import { parseDateline } from './dates';
import { findTimeExpressions } from './time-expressions';

// The article was published on 12 November 2017.
const PUBLISHED = { year: 2017, month: 11, day: 12 };

describe('findTimeExpressions', () => {
  const cases: [string, string, string, string | undefined][] = [
    // sentence, the words found, resolved label, end of the period
    ['The event this year chalked up a record.', 'this year', '2017', undefined],
    ['up from 10,000 international brands last year.', 'last year', '2016', undefined],
    // Counted back from the story's date.
    ['When Alibaba bought in three years ago, it had 1,500 staff.', 'three years ago', '2014', undefined],
    ['The unit was set up 18 months ago.', '18 months ago', 'May 2016', undefined],
    ['In March this year, Alibaba invested US$177 million.', 'March this year', 'March 2017', undefined],
    ['Ant Financial merged in April with helloPay.', 'April', 'April 2017', undefined],
    // A run of months from January, and one from a month to another.
    [
      'GMV reached 332.1 billion yuan in the first nine months of the year.',
      'first nine months of the year',
      'January 2017 to 30 September 2017',
      '2017-09-30',
    ],
    [
      'What did it report for January to September 2016?',
      'January to September 2016',
      'January 2016 to 30 September 2016',
      '2016-09-30',
    ],
    // A day with no year is the latest by the story's date; "between" two days spans them.
    ['on Nov 11 alone it processed 700 million', 'Nov 11', '11 November 2017', undefined],
    ['The injection, made on Dec 14, brings', 'Dec 14', '14 December 2016', undefined],
    [
      'orders between Nov. 1 and Nov. 11.',
      'between Nov. 1 and Nov. 11',
      '1 November 2017 to 11 November 2017',
      '2017-11-11',
    ],
    [
      'revenue to 2.97 billion yuan in the quarter ended September 30.',
      'quarter ended September 30',
      'quarter ended 30 September 2017',
      '2017-09-30',
    ],
    [
      'to 2.88 billion yuan (US$434 million) in the quarter to September.',
      'quarter to September',
      'quarter ended 30 September 2017',
      '2017-09-30',
    ],
    [
      'in the three months to 30 June 2016, sales rose.',
      'three months to 30 June 2016',
      'quarter ended 30 June 2016',
      '2016-06-30',
    ],
    ['Founded in 2009, Alibaba Cloud is the biggest.', '2009', '2009', undefined],
    ['It listed on 19 September 2014 in New York.', '19 September 2014', '19 September 2014', undefined],
    [
      'revenue in the six months to June, about 39 per cent',
      'six months to June',
      'six months ended 30 June 2017',
      '2017-06-30',
    ],
    [
      'payments in the 12 months ended June 30.',
      '12 months ended June 30',
      '12 months ended 30 June 2017',
      '2017-06-30',
    ],
    ['held 55 per cent in the second quarter, against', 'second quarter', 'second quarter of 2017', '2017-06-30'],
    ['net profit in the first half of 2016 was', 'first half of 2016', 'first half of 2016', '2016-06-30'],
    ['Its Q3 2016 revenue rose.', 'Q3 2016', 'third quarter of 2016', '2016-09-30'],
    [
      'revenue in the September 2016 quarter',
      'September 2016 quarter',
      'quarter ended 30 September 2016',
      '2016-09-30',
    ],
    [
      'sales in the July–September quarter of 2016',
      'July–September quarter of 2016',
      'quarter ended 30 September 2016',
      '2016-09-30',
    ],
    // The day of the month is never the first digits of a year.
    [
      'revenue in the three months to September 2016',
      'three months to September 2016',
      'quarter ended 30 September 2016',
      '2016-09-30',
    ],
    [
      'Singles’ Day, held each November 11, has become a barometer.',
      'each November 11',
      'every 11 November',
      undefined,
    ],
  ];
  it.each(cases)('%s', (sentence, words, label, to) => {
    const [found] = findTimeExpressions(sentence, PUBLISHED);
    expect(found && sentence.slice(found.start, found.end)).toBe(words);
    expect(found?.label).toBe(label);
    expect(found?.to && `${found.to.year}-${String(found.to.month).padStart(2, '0')}-${found.to.day}`).toBe(to);
  });

  it('puts "in April" in the previous year when the story is from February', () => {
    expect(findTimeExpressions('They merged in April.', { year: 2018, month: 2, day: 1 })[0]?.label).toBe('April 2017');
  });

  it('finds nothing in numbers that are not dates', () => {
    const sentence = 'It has 2017 stores, US$2015 million, 20 years, a 24-hour period and May grow year on year.';
    expect(findTimeExpressions(sentence, PUBLISHED).map((t) => sentence.slice(t.start, t.end))).toEqual(['2017']);
  });

  it('gives an accounting period its first day', () => {
    const [half] = findTimeExpressions('in the six months to June', PUBLISHED);
    expect(half?.from).toEqual({ year: 2017, month: 1, day: 1 });
    const [year] = findTimeExpressions('in the 12 months ended June 30', PUBLISHED);
    expect(year?.from).toEqual({ year: 2016, month: 7, day: 1 });
  });

  it('leaves relative dates unresolved when the publication date is unknown', () => {
    expect(
      findTimeExpressions('Last year and in March it grew; in 2009 it began.', undefined).map((t) => t.label),
    ).toEqual(['2009']);
  });
});

describe('parseDateline', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['Sunday, 12 November, 2017, 4:18pm', '+08:00', '2017-11-12T16:18:00+08:00'],
    ['Sunday, 12 November, 2017, 10:40pm', undefined, '2017-11-12T22:40:00'],
    ['Nov 12, 2017 9:05 a.m.', undefined, '2017-11-12T09:05:00'],
    ['12 Nov 2017 12:30am', undefined, '2017-11-12T00:30:00'],
    ['2017-11-12 16:18', '+08:00', '2017-11-12T16:18:00+08:00'],
    ['31 February 2017', undefined, undefined],
    ['yesterday', undefined, undefined],
  ];
  it.each(cases)('%s', (text, offset, expected) => {
    expect(parseDateline(text, offset)).toBe(expected);
  });
});
