import { describe, expect, it } from 'vitest';
import { CATALOG } from '../test/catalog';
import { analyseQuestion } from './analyse-question';
import { findArticleNames } from './article-names';
import { createEntityLexicon } from './entity-lexicon';
import { rankSentences } from './rank';
import { buildSearchIndex } from './search-index';
import { testFactBase } from './test-engine';
import { vocabularyOf } from './vocabulary';

const names = findArticleNames(testFactBase);
const index = buildSearchIndex(testFactBase, names);
const vocabulary = vocabularyOf(testFactBase, new Set());
const lexicon = createEntityLexicon([...CATALOG, ...names], vocabulary.lowercase);
const ranked = (question: string) =>
  rankSentences(index, analyseQuestion(question, lexicon, vocabulary), new Map(CATALOG.map((e) => [e.id, e.name]))).map(
    (r) => r.sentence.sentence.text.slice(0, 24),
  );

describe('rankSentences', () => {
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

  it('weighs the asked words when the entity is everywhere', () => {
    expect(ranked('How much did Alibaba invest in Lazada?')).toEqual([
      'Lazada, in which Alibaba', // both entities and the investment
      'Alibaba president Michae', // Alibaba and "investing"
      // not "Alibaba Cloud has 14 …": Alibaba Cloud is another entity than Alibaba Group
    ]);
  });
});
