import { describe, expect, it } from 'vitest';
import { valueKeys } from './value-keys';

describe('valueKeys', () => {
  const keys: [string, string[]][] = [
    // text, the words of each amount read
    ['How long did it take to hit 100bn yuan?', ['100bn yuan']],
    ['Sales passed 100 billion yuan after 1 hour.', ['100 billion yuan']], // "1 hour" is too small a count
    ['Growth slowed to 26 per cent in 2019.', ['26 per cent']], // a year is no amount
    ['Some 1.55 million people applied.', ['Some 1.55 million']],
  ];
  it.each(keys)('%s', (text, expected) => {
    expect(valueKeys(text).map((v) => text.slice(v.start, v.end))).toEqual(expected);
  });

  it('gives an amount the same key however it is written', () => {
    const key = (text: string) => valueKeys(text).map((v) => v.key);
    expect(key('to hit 100bn yuan')).toEqual(key('passed 100 billion yuan'));
    expect(key('more than 26%')).toEqual(key('26 per cent'));
    expect(key('26%')).not.toEqual(key('26 million'));
  });
});
