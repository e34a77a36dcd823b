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

/** The facts of a one-article fact base whose body is `body` (published 12 November 2017), as lines. */
export function factsOf(body: string, catalog: readonly Entity[] = CATALOG): string[] {
  const text = `Test headline\n\nPUBLISHED : Sunday, 12 November, 2017, 4:18pm\n\n${body}\n`;
  const base = buildFactBase([{ id: 'test', text, publisher: 'South China Morning Post' }], catalog);
  return base.facts.map(factLine);
}

/** One test per row: the facts read from each body, as lines, are the ones listed. */
export function itReadsFacts(
  cases: [name: string, body: string, facts: string[]][],
  catalog?: readonly Entity[],
): void {
  it.each(cases)('%s', (_name, body, facts) => {
    expect(factsOf(body, catalog)).toEqual(facts);
  });
}
