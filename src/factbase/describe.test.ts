import { describe, expect, it } from 'vitest';
import { formatAmount } from './describe';

describe('formatAmount', () => {
  const cases: [number, string][] = [
    [2_970_000_000, '2.97 billion'],
    [1_000_000, '1 million'],
    [60_000, '60,000'],
    [14.256, '14.26'],
    // A price per token is small, not nothing.
    [0.0005, '0.0005'],
    [0.12, '0.12'],
  ];
  it.each(cases)('%d → %s', (amount, expected) => {
    expect(formatAmount(amount)).toBe(expected);
  });
});
