import { describe, expect, it } from 'vitest';
import { CATALOG } from '../test/catalog';
import { buildFactBase } from './build';
import { Catalog, FactBase } from './schema';
import { parseData } from './validate';

const base = buildFactBase([{ id: 'test', text: 'Title\n\nAlipay has more than 520 million users.\n' }], CATALOG);

describe('parseData', () => {
  it('accepts a valid fact base', () => {
    expect(parseData(FactBase, base, 'fact-base.json').facts).toHaveLength(1);
  });

  const broken: [string, (b: FactBase) => void, string][] = [
    [
      'a fact about an unknown entity',
      (b) => Object.assign(b.facts[0] ?? {}, { entityId: 'no-such-unit' }),
      'fact-base.json: facts[0] "test-p2-f1" → entityId: unknown entity "no-such-unit"',
    ],
    [
      'a fact in an unknown passage',
      (b) => Object.assign(b.facts[0] ?? {}, { passageId: 'test-p9' }),
      'fact-base.json: facts[0] "test-p2-f1" → passageId: unknown passage "test-p9"',
    ],
    [
      'a passage of an unknown source',
      (b) => Object.assign(b.passages[0] ?? {}, { sourceId: 'other' }),
      'fact-base.json: passages[0] "test-p1" → sourceId: unknown source "other"',
    ],
    [
      'a negative offset',
      (b) => Object.assign(b.facts[0]?.quote ?? {}, { start: -1 }),
      'fact-base.json: facts[0] "test-p2-f1" → quote.start: Too small',
    ],
  ];
  it.each(broken)('rejects %s, naming the file, record and field', (_name, breakIt, message) => {
    const copy = structuredClone(base);
    breakIt(copy);
    expect(() => parseData(FactBase, copy, 'fact-base.json')).toThrow(message);
  });

  it('rejects a catalog whose alias names two entities, or whose parent is missing', () => {
    const entities = structuredClone(CATALOG);
    entities[1]?.aliases.push({ text: 'Alibaba', caseSensitive: true, needsContext: false });
    Object.assign(entities[2] ?? {}, { parentId: 'nobody' });
    expect(() => parseData(Catalog, { entities }, 'entities.json')).toThrow(
      'entities.json: entities[1] "alibaba-cloud" → aliases[3].text: alias "Alibaba" also names "alibaba-group"\nentities.json: entities[2] "alipay" → parentId: unknown entity "nobody"',
    );
  });
});
