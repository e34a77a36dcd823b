import { expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { describeValue } from '../factbase/describe';
import type { Entity, Fact } from '../factbase/schema';
import { CATALOG } from './catalog';

/** A fact as one line a person can read: "entity | attribute | value @period with counterpart forecast". */
export function factLine(f: Fact): string {
  const extras = [
    f.period && `@${f.period.label}`,
    f.counterpartId && `with ${f.counterpartId}`,
    f.forecast && 'forecast',
  ];
  return [`${f.entityId} | ${f.attribute} | ${describeValue(f.value)}`, ...extras.filter(Boolean)].join(' ');
}

/**
 * The facts of a one-article fact base (published 12 November 2017), as lines. `body` is its one
 * paragraph, or its headline and then its paragraphs.
 */
export function factsOf(body: string | readonly string[], catalog: readonly Entity[] = CATALOG): string[] {
  const [title, ...paragraphs] = typeof body === 'string' ? ['Test headline', body] : body;
  const text = `${title}\n\nPUBLISHED : Sunday, 12 November, 2017, 4:18pm\n\n${paragraphs.join('\n\n')}\n`;
  const base = buildFactBase([{ id: 'test', text, publisher: 'South China Morning Post' }], catalog);
  return base.facts.map(factLine);
}

/** One test per row: the facts read from each body, as lines, are the ones listed. */
export function itReadsFacts(
  cases: [name: string, body: string | string[], facts: string[]][],
  catalog?: readonly Entity[],
): void {
  it.each(cases)('%s', (_name, body, facts) => {
    expect(factsOf(body, catalog)).toEqual(facts);
  });
}
