import { describe, expect, it } from 'vitest';
import { HISTORY_SIZE, remember } from './history';

describe('remember', () => {
  it('puts the newest question first, once, and keeps twenty', () => {
    expect(remember(['b', 'a'], ' c ')).toEqual(['c', 'b', 'a']);
    expect(remember(['b', 'A', 'c'], 'a')).toEqual(['a', 'b', 'c']); // asked again: moved, not repeated
    const full = Array.from({ length: HISTORY_SIZE }, (_, i) => `q${i}`);
    expect(remember(full, 'new')).toEqual(['new', ...full.slice(0, HISTORY_SIZE - 1)]);
  });
});
