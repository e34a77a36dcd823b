import { describe, expect, it } from 'vitest';
import { CATALOG } from '../test/catalog';
import { analyseQuestion } from './analyse-question';
import { findArticleNames, namesOfSources } from './article-names';
import { createEntityLexicon } from './entity-lexicon';
import { rankQuestion } from './rank';
import { buildSearchIndex } from './search-index';
import { testFactBase, testStoryBase } from './test-engine';
import { vocabularyOf } from './vocabulary';

const names = findArticleNames(testFactBase);
const index = buildSearchIndex(testFactBase, names);
const vocabulary = vocabularyOf(testFactBase, new Set());
const lexicon = createEntityLexicon([...CATALOG, ...names], vocabulary.lowercase);
const ranked = (question: string) =>
  rankQuestion(index, analyseQuestion(question, lexicon, vocabulary), new Map(CATALOG.map((e) => [e.id, e.name])))
    .best(Number.POSITIVE_INFINITY)
    .map((r) => r.sentence.sentence.text.slice(0, 24));

describe('rankQuestion', () => {
  it('puts the sentence about the entity and the asked attribute first', () => {
    expect(ranked('How many merchants accept Alipay?')).toEqual([
      'Launched in 2004, Alipay', // names Alipay and holds "merchants"
      'Alipay grows abroad', // names Alipay only, but a short text scores higher with the search engine
      'Alipay, the payments pla', // names Alipay only, in a long sentence
    ]);
  });

  it('keeps only sentences naming a catalog entity the question asks about', () => {
    expect(ranked('How many data centres does Aliyun have?')).toEqual([
      'Alibaba Cloud has 14 dat', // the only sentence about Alibaba Cloud
    ]);
  });

  it('needs no sentence to name a country the question only uses as an adjective', () => {
    const q = analyseQuestion('How many data centres does Aliyun have?', lexicon, vocabulary);
    const asked = (text: string) => ({
      ...q,
      entities: [...q.entities, { entityId: 'name-china', text, start: 0, end: 0, distance: 0 }],
    });
    const rank = (text: string) =>
      rankQuestion(index, asked(text), new Map(CATALOG.map((e) => [e.id, e.name]))).best(Number.POSITIVE_INFINITY)
        .length;
    expect(rank('Chinese')).toBe(1); // "the Chinese cloud unit": a description
    expect(rank('China')).toBe(0); // the country by name: the sentence must name it
  });

  it('weighs the asked words when the entity is everywhere', () => {
    expect(ranked('How much did Alibaba invest in Lazada?')).toEqual([
      'Lazada, in which Alibaba', // both entities and the investment
      'Alibaba president Michae', // Alibaba and "investing"
      // not "Alibaba Cloud has 14 …": Alibaba Cloud is another entity than Alibaba Group
    ]);
  });
});

describe('rankSentences on a story that shortens its names', () => {
  const vocabulary = vocabularyOf(testStoryBase, new Set());
  const { entities, articleNames, ambiguous } = namesOfSources(testStoryBase, vocabulary, new Set());
  const index = buildSearchIndex({ ...testStoryBase, entities }, articleNames, ambiguous);
  const lexicon = createEntityLexicon([...entities, ...articleNames], vocabulary.lowercase);
  const ranked = (question: string) =>
    rankQuestion(index, analyseQuestion(question, lexicon, vocabulary), new Map())
      .best(Number.POSITIVE_INFINITY)
      .map((r) => r.sentence.sentence.text.slice(0, 24));

  it('counts "the company", "Ant" and the story’s subject as references to Ant Group', () => {
    expect(ranked('Where is Ant Group headquartered?')).toEqual([
      'The company is headquart', // only describes Ant, but holds "headquartered"
      'Ant Group delays its Hon', // names Ant Group: the title, short
      'Ant Group said on Wednes', // names Ant Group, in a longer sentence
      'Lending is Ant’s biggest', // "Ant", after the full name
      'Ant had priced its share',
      'Its CreditTech arm broug', // "Its" opens it: Ant again
      'Some 2 million people ap', // about no one else: the story's subject, weakest
      'The first order was fill',
      // not the sentences about the regulators, Jack Ma, Alipay or PayPal: they are about someone else
    ]);
  });
});
