import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { CATALOG } from '../test/catalog';
import { namesOfSources } from './short-names';
import { vocabularyOf } from './vocabulary';

function namesOf(body: string) {
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
  ];
  it.each(aliases)('%s → %s', (body, id, expected) => {
    const { entities, articleNames } = namesOf(body);
    const entity = [...entities, ...articleNames].find((e) => e.id === id);
    const catalog = CATALOG.find((e) => e.id === id)?.aliases.map((a) => a.text) ?? [];
    expect(entity?.aliases.map((a) => a.text).filter((a) => !catalog.includes(a))).toEqual(expected);
  });

  it('leaves a surname two people share to whoever was named last', () => {
    const { ambiguous } = namesOf('Zhang Jianfeng spoke. Daniel Zhang took over. Zhang launched it.');
    expect(ambiguous.get('name-zhang')).toEqual(['name-zhang-jianfeng', 'name-daniel-zhang']);
  });
});
