import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../spot/match-aliases';
import { testCatalog } from '../test/catalog';
import type { Entity } from './schema';
import { findShortForms, shortFormsOf, shortNamesOf } from './short-forms';

const CATALOG = testCatalog([
  { id: 'ant-group', name: 'Ant Group', kind: 'affiliate', aliases: ['Ant Group', 'Ant Financial Services Group'] },
  { id: 'alibaba-group', name: 'Alibaba Group', kind: 'parent', aliases: ['Alibaba', 'Alibaba Group Holding Ltd'] },
  { id: 'lazada', name: 'Lazada', kind: 'business-unit', aliases: ['Lazada', 'Lazada Group'] },
  {
    id: 'alibaba-cloud',
    name: 'Alibaba Cloud',
    kind: 'business-unit',
    aliases: ['Alibaba Cloud', 'Alibaba Cloud Intelligence'],
  },
  { id: 'sun-art', name: 'Sun Art Retail', kind: 'former-unit', aliases: ['Sun Art Retail', 'Sun Art Retail Group'] },
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
    ['Sun Art', 'sun-art'], // "Retail" says what trade it is in, not which firm
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

describe('shortNamesOf', () => {
  /** Names found outside the catalog, as the answer engine finds them. */
  const named = (...names: string[]): Entity[] =>
    names.map((name) => ({
      id: `name-${name.toLowerCase().replace(/\W+/g, '-')}`,
      name,
      kind: 'external',
      relation: 'named in the sources',
      aliases: [{ text: name, caseSensitive: false, needsContext: false }],
      renames: [],
    }));
  const aliasesOf = (text: string, names: string[], id: string) => {
    const found = shortNamesOf([text], CATALOG, named(...names), (w) =>
      ['prime', 'day', 'pay'].includes(w.toLowerCase()),
    );
    const entity = [...found.entities, ...found.articleNames].find((e) => e.id === id);
    return entity?.aliases.map((a) => a.text);
  };
  const cases: [string, string, string[], string, string[] | undefined][] = [
    // why, text, its names outside the catalog, an entity, the names it answers to
    [
      'a one-word name after the full one',
      'Ant Group listed. Ant said so.',
      ['Ant'],
      'ant-group',
      ['Ant Group', 'Ant Financial Services Group', 'Ant'],
    ],
    ['a one-word name before it is its own', 'Ant said so. Ant Group listed.', ['Ant'], 'name-ant', ['Ant']],
    [
      'a first word that names nothing else',
      'Tencent runs WeChat Pay.',
      ['WeChat Pay'],
      'name-wechat-pay',
      ['WeChat Pay', 'WeChat'],
    ],
    ['an English word is no short name', 'Amazon ran Prime Day.', ['Prime Day'], 'name-prime-day', ['Prime Day']],
    // A catalog name without the owner's name it opens with, wherever the story uses it.
    [
      'a name without its owner’s',
      'Jiang Fan oversees Cloud Intelligence.',
      ['Cloud Intelligence'],
      'alibaba-cloud',
      ['Alibaba Cloud', 'Alibaba Cloud Intelligence', 'Cloud Intelligence'],
    ],
    // A catalog name without its designators, wherever the story uses it.
    [
      'a name without its designators',
      'Alibaba will take control of Sun Art.',
      ['Sun Art'],
      'sun-art',
      ['Sun Art Retail', 'Sun Art Retail Group', 'Sun Art'],
    ],
  ];
  it.each(cases)('%s', (_why, text, names, id, expected) => {
    expect(aliasesOf(text, names, id)).toEqual(expected);
  });

  it('leaves a surname two people share to whoever was named last', () => {
    const found = shortNamesOf(
      ['Zhang Jianfeng spoke. Daniel Zhang took over. Zhang launched it.'],
      [],
      named('Zhang Jianfeng', 'Daniel Zhang', 'Zhang'),
      () => false,
    );
    expect(found.ambiguous.get('name-zhang')).toEqual(['name-zhang-jianfeng', 'name-daniel-zhang']);
  });
});
