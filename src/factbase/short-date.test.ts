import { describe, expect, it } from 'vitest';
import { afterPublisher, shortDate } from './short-date';

describe('shortDate', () => {
  const cases: [string | undefined, string][] = [
    // The date part as written, whatever the offset: the paper's own day.
    ['2017-11-12T16:18:00+08:00', '12 Nov 2017'],
    ['2017-11-12T00:30:00-05:00', '12 Nov 2017'],
    ['2021-09-03', '3 Sep 2021'],
    ['2017-13-01', ''],
    ['12 November 2017', ''],
    [undefined, ''],
  ];
  it.each(cases)('%s', (iso, expected) => {
    expect(shortDate(iso)).toBe(expected);
  });
});

describe('afterPublisher', () => {
  it('follows a publisher with the day, or with nothing', () => {
    expect(afterPublisher('2017-11-12T16:18:00+08:00')).toBe(', 12 Nov 2017');
    expect(afterPublisher(undefined)).toBe('');
  });
});
