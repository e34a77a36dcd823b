import { describe, expect, it } from 'vitest';
import { FactBase } from '../factbase/schema';
import { testFactBase } from '../qa/test-engine';
import { copyFactBase } from './synthetic';

describe('copyFactBase', () => {
  const base = testFactBase;

  it('gives one copy of everything per copy, under distinct ids', () => {
    const three = copyFactBase(base, 3);
    expect(three.sources).toHaveLength(3 * base.sources.length);
    expect(three.passages).toHaveLength(3 * base.passages.length);
    expect(three.facts).toHaveLength(3 * base.facts.length);
    expect(new Set(three.passages.map((p) => p.id)).size).toBe(three.passages.length);
    expect(new Set(three.facts.map((f) => f.id)).size).toBe(three.facts.length);
  });

  it('keeps every copy valid: passages and facts point at sources and passages that exist', () => {
    expect(FactBase.safeParse(copyFactBase(base, 2)).success).toBe(true);
  });

  it('leaves one copy as the original', () => {
    expect(copyFactBase(base, 1)).toEqual(base);
  });
});
