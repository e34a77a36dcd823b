import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../spot/match-aliases';
import { testCatalog } from '../test/catalog';
import { findShortForms, shortFormsOf } from './short-forms';

const CATALOG = testCatalog([
  { id: 'ant-group', name: 'Ant Group', kind: 'affiliate', aliases: ['Ant Group', 'Ant Financial Services Group'] },
  { id: 'alibaba-group', name: 'Alibaba Group', kind: 'parent', aliases: ['Alibaba', 'Alibaba Group Holding Ltd'] },
  { id: 'lazada', name: 'Lazada', kind: 'business-unit', aliases: ['Lazada', 'Lazada Group'] },
  { id: 'jack-ma', name: 'Jack Ma', kind: 'person', aliases: ['Jack Ma', 'Ma Yun'] },
  { id: 'daniel-zhang', name: 'Daniel Zhang', kind: 'person', aliases: ['Daniel Zhang'] },
  { id: 'michael-evans', name: 'Michael Evans', kind: 'person', aliases: ['Michael Evans'] },
  { id: 'emma-evans', name: 'Emma Evans', kind: 'person', aliases: ['Emma Evans'] },
]);

describe('shortFormsOf', () => {
  const forms = shortFormsOf(CATALOG);
  const cases: [string, string | undefined][] = [
    ['Ant', 'ant-group'], // "Ant Group", and "Ant Financial Services Group" without its designators
    ['Ant Financial', 'ant-group'],
    ['Ma', 'jack-ma'], // the surname of a person's name
    ['Zhang', 'daniel-zhang'],
    ['Alibaba', undefined], // already an alias: nothing to derive
    ['Lazada', undefined],
    ['Evans', undefined], // two people share it: it stands for neither
    ['Jack', undefined], // a first name is no short form
  ];
  it.each(cases)('%s', (form, entityId) => {
    expect(forms.get(form)).toBe(entityId);
  });
});

describe('findShortForms', () => {
  const matcher = compileMatcher(CATALOG);
  const forms = shortFormsOf(CATALOG);
  const found = (text: string) =>
    findShortForms(text, matcher.findMentions(text), forms).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);
  const cases: [string, string, string[]][] = [
    ['after the full name', 'Ant Group listed. Ant said so; Ant’s shares rose.', ['ant-group:Ant', 'ant-group:Ant']],
    ['never before it', 'Ant said so. Then Ant Group listed.', []],
    ['never on its own', 'Ant said so. Ma agreed.', []],
    ['case-sensitive', 'Ant Group listed. An ant colony and ANT agreed.', []],
    ['a surname after the full name', 'Jack Ma spoke. Ma, who founded it, left.', ['jack-ma:Ma']],
    ['not inside a longer name', 'Jack Ma spoke. Pony Ma and Ma Huateng did not.', []],
    ['not inside a longer word', 'Jack Ma spoke. Jack Maynard and Mall did not.', []],
    // "Zhang" means the Zhang last named: after "Zhang Jianfeng" it is not Daniel Zhang.
    [
      'the latest full name wins',
      'Zhang Jianfeng spoke. Daniel Zhang smiled. Zhang left. Zhang Jianfeng stayed; Zhang sat.',
      ['daniel-zhang:Zhang'],
    ],
    ['an acronym after it is no name', 'Ant Group listed. The Ant IPO was pulled.', ['ant-group:Ant']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
