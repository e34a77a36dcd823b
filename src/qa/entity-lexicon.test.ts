import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test/catalog';
import { createEntityLexicon } from './entity-lexicon';

const ENTITIES = testCatalog([
  { id: 'alibaba-group', name: 'Alibaba Group', kind: 'parent', aliases: ['Alibaba'] },
  { id: 'alibaba-health', name: 'Alibaba Health', kind: 'business-unit', aliases: ['Alibaba Health'] },
  {
    id: 'aidc',
    name: 'Alibaba International Digital Commerce',
    kind: 'business-unit',
    aliases: ['Alibaba International Digital Commerce'],
  },
  { id: 'hkex', name: 'Hong Kong Stock Exchange', kind: 'external', aliases: ['Hong Kong Stock Exchange'] },
]);
const lexicon = createEntityLexicon(ENTITIES, new Set(['health', 'international', 'commerce', 'stock']));

describe('createEntityLexicon', () => {
  const found: [string, string[]][] = [
    // question, the entities it names
    ['ali health net profit', ['alibaba-health']], // a long first word clipped, the rest kept
    ['How fast did Alibaba’s international commerce grow?', ['aidc']], // a middle word left out
    ['What has hit Hong Kong’s stock market?', []], // no middle word left out: no exchange named
    ['Alibaba Health revenue', ['alibaba-health']], // the exact longer name, not Alibaba
    ['alibaba revenue', ['alibaba-group']],
    ['What does the health unit sell?', ['alibaba-health']], // a unit described by what it does
  ];
  it.each(found)('%s → %j', (question, ids) => {
    expect(lexicon.find(question).map((e) => e.entityId)).toEqual(ids);
  });
});
