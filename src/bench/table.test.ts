import { describe, expect, it } from 'vitest';
import { formatTable, ms, numberColumns, ratio } from './table';

describe('formatTable', () => {
  it('pads every column to its widest cell, numbers on the right', () => {
    const lines = formatTable(
      [{ title: 'page' }, { title: 'ms', align: 'right' }],
      [
        ['cnn.html', '12.5'],
        ['a', '3'],
      ],
    );
    expect(lines).toEqual(['| page     |   ms |', '| -------- | ---: |', '| cnn.html | 12.5 |', '| a        |    3 |']);
  });

  it('leaves a missing cell blank', () => {
    expect(formatTable([{ title: 'a' }, { title: 'b' }], [['x']])[2]).toBe('| x   |     |');
  });
});

describe('numberColumns', () => {
  it('lines up every column but the first on the right', () => {
    expect(numberColumns('page', 'ms', 'ratio')).toEqual([
      { title: 'page' },
      { title: 'ms', align: 'right' },
      { title: 'ratio', align: 'right' },
    ]);
  });
});

describe('number formats', () => {
  it.each([
    [1234.5, '1235'],
    [45.678, '45.7'],
    [1.23456, '1.23'],
    [0, '0.00'],
  ])('ms(%d) is %s', (value, text) => {
    expect(ms(value)).toBe(text);
  });

  it.each([
    [100, 4, '25.0×'],
    [1000, 3, '333×'],
    [5, 0, '–'],
  ])('ratio(%d, %d) is %s', (a, b, text) => {
    expect(ratio(a, b)).toBe(text);
  });
});
