import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { CATALOG } from '../test/catalog';
import { findArticleNames, namesOfSources } from './article-names';
import { vocabularyOf } from './vocabulary';

const namesOf = (body: string, commonWords: string[] = []) =>
  findArticleNames(
    buildFactBase([{ id: 'a', text: `A story\n\n${body}\n`, publisher: 'Test' }], CATALOG),
    new Set(commonWords),
  ).map((e) => e.name);

describe('findArticleNames', () => {
  const names: [string, string[], string[]][] = [
    // body, English words known, the names found
    ['Shares fell in New York and Hong Kong.', [], ['New York', 'Hong Kong']],
    ['Its New York-listed shares fell.', [], ['New York']], // the adjective made of a name
    ['The Chinese e-commerce giant grew.', [], []], // a nationality before a noun
    ['Rival Meituan said it grew, as did Taiwan rivals.', ['rival'], ['Meituan', 'Taiwan']], // names ending in -an
    ['On Monday, the People’s Bank of China spoke, as did the people.', [], ['People’s Bank of China', 'China']],
    ['China’s US rival spoke.', [], ['China', 'US']], // what owns is a name: two names
    ['Demand had been feverish.', ['demand'], []], // an English word opening a sentence
    ['Rival JD.com reported its sales, according to consultancy iResearch.', ['rival'], ['JD.com']],
    ['The listing was an IPO.', [], []], // an ordinary acronym
    ['Shares rose on Tuesday and fell in March.', [], []], // days and months are times
    ['Q: What about margins?\nA: Gross margin was 22 per cent.', ['gross'], []], // an answer mark opens a sentence
    // A name of several words may end in its number; a count after a name is no part of it.
    ['The round was led by SoftBank Vision Fund 2, people said.', ['people'], ['SoftBank Vision Fund 2']],
    ['Shares in Hong Kong 2 per cent higher.', [], ['Hong Kong']],
  ];
  it.each(names)('%s', (body, commonWords, expected) => {
    expect(namesOf(body, commonWords)).toEqual(expected);
  });
});

function sourceNamesOf(body: string) {
  const factBase = buildFactBase([{ id: 'a', text: `A story\n\n${body}\n`, publisher: 'Test' }], CATALOG);
  const commonWords = new Set(['prime', 'day', 'monday']);
  return namesOfSources(factBase, vocabularyOf(factBase, commonWords), commonWords);
}

describe('namesOfSources', () => {
  const aliases: [string, string, string[]][] = [
    // body, an entity, the names it answers to beyond the catalog's
    ['Ant Group delayed its listing. Ant said it would wait.', 'ant-group', ['Ant']], // a short form, after the full name
    ['Jack Ma spoke. Ma said he would wait.', 'jack-ma', ['Ma']],
    ['Ant said it would wait. Ant Group later agreed.', 'ant-group', []], // "Ant" came first: a name of its own
    ['Tencent runs WeChat Pay. WeChat Pay grew.', 'name-wechat-pay', ['WeChat Pay', 'WeChat']], // "pay" is a word
    ['Amazon ran Prime Day on Monday.', 'name-prime-day', ['Prime Day']], // "Prime" and "Day" are English
    // "European" is a nationality, no short name; "Commission" is no English word of this story's.
    ['The European Commission opened proceedings.', 'name-european-commission', ['European Commission', 'Commission']],
  ];
  it.each(aliases)('%s → %s', (body, id, expected) => {
    const { entities, articleNames } = sourceNamesOf(body);
    const entity = [...entities, ...articleNames].find((e) => e.id === id);
    const catalog = CATALOG.find((e) => e.id === id)?.aliases.map((a) => a.text) ?? [];
    expect(entity?.aliases.map((a) => a.text).filter((a) => !catalog.includes(a))).toEqual(expected);
  });

  it('leaves a surname two people share to whoever was named last', () => {
    const { ambiguous } = sourceNamesOf('Zhang Jianfeng spoke. Daniel Zhang took over. Zhang launched it.');
    expect(ambiguous.get('name-zhang')).toEqual(['name-zhang-jianfeng', 'name-daniel-zhang']);
  });
});
