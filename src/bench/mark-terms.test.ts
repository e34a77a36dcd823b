import { describe, expect, it } from 'vitest';
import { testCatalog } from '../test/catalog';
import { markGroups } from './mark-terms';

const catalog = testCatalog([
  { id: 'alibaba-group', name: 'Alibaba Group', kind: 'parent', aliases: ['Alibaba', 'Alibaba Group'] },
  { id: 'alipay', name: 'Alipay', kind: 'affiliate', aliases: [{ text: 'Alipay', caseSensitive: false }] },
  { id: 'singles-day', name: 'Singles’ Day', kind: 'event', aliases: ['Singles’ Day'] },
  { id: 'michael-evans', name: 'Michael Evans', kind: 'person', aliases: [{ text: 'Evans', needsContext: true }] },
]);

describe('markGroups', () => {
  it('gives mark.js every name longest first, in runs of one case rule', () => {
    expect(markGroups(catalog)).toEqual([
      // Longer names first: mark.js marks in the order given, and leaves marked text alone after.
      {
        caseSensitive: true,
        // Each apostrophe of "Singles’ Day" as Fact Lens accepts it: straight, curly, modifier letter, none.
        terms: ['Alibaba Group', "Singles' Day", 'Singles’ Day', 'Singlesʼ Day', 'Singles Day', 'Alibaba'],
      },
      // "Alipay" is matched in any case, so it needs a call of its own.
      { caseSensitive: false, terms: ['Alipay'] },
      // A surname is marked too: mark.js cannot ask for the full name nearby.
      { caseSensitive: true, terms: ['Evans'] },
    ]);
  });
});
