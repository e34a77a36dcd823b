import { describe, expect, it } from 'vitest';
import { CATALOG } from '../test/catalog';
import { analyseQuestion } from './analyse-question';
import { findArticleNames } from './article-names';
import { createEntityLexicon, type EntityLexicon } from './entity-lexicon';
import { testFactBase } from './test-engine';
import { vocabularyOf } from './vocabulary';

const vocabulary = vocabularyOf(testFactBase, new Set(['time', 'size']));
const lexicon = createEntityLexicon([...CATALOG, ...findArticleNames(testFactBase)], vocabulary.lowercase);
const analyse = (q: string) => analyseQuestion(q, lexicon, vocabulary);

describe('analyseQuestion', () => {
  const kinds: [string, string][] = [
    ['How many users does Alipay have?', 'quantity'],
    ['How much did Alibaba invest in Lazada?', 'money'],
    ['What share of the market does Alipay control?', 'percent'],
    ['By how much did revenue grow?', 'percent'],
    ['When was Alipay launched?', 'date'],
    ['What year did Aliyun start?', 'date'],
    ['Where is Alibaba based?', 'place'],
    ['Which countries does Lazada operate in?', 'place'],
    ['Who runs Alipay?', 'agent'],
    ['Which company runs Alipay?', 'agent'],
    ['Why did Alibaba invest in Lazada?', 'reason'],
    ['How long did the sale last?', 'duration'],
    ['Does Alibaba Cloud have a data centre in Dubai?', 'yes-no'],
    ['What is Alipay’s user base?', 'quantity'],
    ['Which payment brands does Alipay take on?', 'thing'],
    ['alipay users', 'quantity'],
    ['yuebao assets peak', 'money'], // a fund's assets are money
    ['yuebao 7-day yield', 'percent'],
    ['alipay launch year', 'date'],
    ['netease ceo name', 'agent'], // the post says who is wanted, "name" only that it is a name
    ['sharma shareholding after deal', 'percent'], // a stake is a share…
    ['How much is the transferred stake worth in dollars?', 'money'], // …unless a sum is asked
    // A price asked by what it ended, closed or was sold at; a discount named is no price.
    ['What did the stock end its first trading day at?', 'money'],
    ['What were the shares priced at?', 'money'],
    ['What did Qwen-Long tokens cost before the cut?', 'money'],
    ['What does Qwen-Max charge per 1,000 tokens?', 'money'],
    ['What is Trendyol worth after the funding round?', 'money'],
    ['What discount are the shares priced at?', 'thing'],
    // "share buyback" is no share; "market share" is.
    ['How big is Alibaba’s share buyback program?', 'money'],
    ['alibaba cloud market share', 'percent'],
  ];
  it.each(kinds)('%s → %s', (question, kind) => {
    expect(analyse(question).kind).toBe(kind);
  });

  const entities: [string, string[]][] = [
    ['How many users does Alipay have?', ['alipay']],
    ['aliyun revenue', ['alibaba-cloud']], // an alias
    ['alipya users', ['alipay']], // a typo
    ['Alibaba Clod customers', ['alibaba-cloud']], // a typo inside a longer name beats the exact shorter one
    ['When did Ant Group merge with helloPay?', ['ant-group']], // Ant Group = Ant Financial
    ['double 11 sales', ['singles-day']],
    ['Singles Day sales', ['singles-day']], // no apostrophe
    ['Is Alipay available?', ['alipay']], // "Is" is no part of the name
    ['What did Evans say?', ['michael-evans']], // a surname alone, in a question
  ];
  it.each(entities)('%s names %j', (question, ids) => {
    expect(analyse(question).entities.map((e) => e.entityId)).toEqual(ids);
  });

  it('names the words it asks about, stemmed and with synonyms folded', () => {
    expect(analyse('How many data centers does Aliyun have?').terms).toEqual(['data', 'centre']);
    expect(analyse('How many shops accept Alipay?').terms).toEqual(['merchant', 'accept']);
    expect(analyse('alipay merchents').terms).toEqual(['merchant']); // a misspelt synonym word
  });

  it('reads constraints: a year, a relative year, a place, outside a place', () => {
    expect(analyse('How many users did Alipay have in 2021?').constraints).toMatchObject({ from: { year: 2021 } });
    expect(analyse('How much did Singles Day sell last year?').constraints).toMatchObject({ from: { year: 2016 } });
    expect(analyse('How many data centres does Alibaba Cloud have in Germany?').constraints).toMatchObject({
      place: 'Germany',
    });
    expect(analyse('alipay users outside china').constraints).toMatchObject({ place: 'china', outside: true });
    expect(analyse('aliyun revenue in dollars').constraints).toEqual({});
    expect(analyse('singles day sales growth vs last year').constraints).toEqual({}); // compared with, not asked
    expect(analyse('What did Alipay sell in the March quarter?').constraints).not.toHaveProperty('place'); // a time
    expect(analyse('When did Alipay buy a stake in the Turkish retailer?').constraints).toEqual({}); // no place's name
    // The period a date asked about is of bounds no date: results for a quarter come after it.
    expect(analyse('When will Alibaba report results for the quarter ended September 30?').constraints).toEqual({});
    expect(analyse('What was Alibaba’s revenue in the quarter ended September 30?').constraints).toMatchObject({
      from: { month: 7 },
    });
  });

  it('tells names the sources lack from ordinary words and typos', () => {
    expect(analyse('How many users does Tencent have?').unknownNames).toEqual(['Tencent']);
    expect(analyse('how much did jd.com sell on singles day').unknownNames).toEqual(['jd.com']);
    expect(analyse('What time did Alipay launch?').unknownNames).toEqual([]); // a common word
    expect(analyse('How many merchents use Alipay?').unknownNames).toEqual([]); // a typo
  });
});

describe('analyseQuestion on words the sources do not use', () => {
  const english = vocabularyOf(testFactBase, new Set(['time', 'size', 'branches', 'micro', 'lending', 'take', 'hit']));
  const read = (q: string) => analyseQuestion(q, lexicon, english);

  const kinds: [string, string][] = [
    ['How fast did spending pass 1 billion yuan?', 'duration'], // how long it took, not a rate
    ['How fast did sales grow?', 'percent'],
    ['How much revenue did the unit make in the first half?', 'money'], // "first half" is a period, not a share
    ['Which products make up the arm?', 'thing'], // "make up" is no growth
    ['hellopay countries', 'place'], // a keyword query on countries names them
    ['How far did Alibaba’s stock drop?', 'percent'], // how far a price moved
    ['What did the festival bring in?', 'money'], // what is brought in is money
    ['Bernstein value per share', 'money'], // a price a share, not a share of something
    ['Which brands each sold over 100 million yuan of goods?', 'thing'], // the brands, by name
  ];
  it.each(kinds)('%s → %s', (question, kind) => {
    expect(read(question).kind).toBe(kind);
  });

  const terms: [string, string[]][] = [
    ['Who took over as chairman?', ['succeed', 'chairman']], // a phrase is one concept
    ['How long did it take to hit 100bn yuan?', ['take', 'reach', '#100000000000']], // an amount is one term
    ['When did Jack Ma co-found Alibaba?', ['found']], // a hyphenated word by its head
    ['How many branches does Alipay have?', ['branch']],
    ['How big was Alipay at the close of the first quarter of 2019?', []], // the point of a time is the time's
  ];
  it.each(terms)('%s → %j', (question, expected) => {
    expect(read(question).terms).toEqual(expected);
  });

  it('takes the words that describe a name given as a common noun for which one, not what is asked', () => {
    // A lexicon that reads "group" as Alibaba Group, as a story naming "Alibaba Group" makes it.
    const group: EntityLexicon = {
      find: (q) => {
        const start = q.indexOf('group');
        return start < 0 ? [] : [{ entityId: 'alibaba-group', text: 'group', start, end: start + 5, distance: 0 }];
      },
    };
    const terms = (q: string) => analyseQuestion(q, group, english).terms;
    expect(terms('How much of the venture does the Chinese e-commerce group control?')).toEqual(['ventur', 'own']);
    // "of" says what the noun is of: no description ("the founder of" a company).
    expect(terms('Who is the founder of the group?')).toEqual(['found']);
  });

  it('takes an English word the sources lack for missing, not for a misspelling', () => {
    expect(read('How many branches does Alipay have?').missing).toEqual(['branch']);
    expect(read('alipay stock code').missing).toEqual(['ticker']); // a word the engine knows, not the sources
    expect(read('How many merchents does Alipay have?').missing).toEqual([]); // a typo of "merchants"
  });

  it('takes joined ordinary words for no name', () => {
    expect(read('What are the micro-lending rules?').unknownNames).toEqual([]);
    expect(read('What are the microlending rules?').unknownNames).toEqual([]);
  });

  it('reads a currency as a display choice and a bare month as a time', () => {
    const dollars = read('How much did Alipay make in US dollars?');
    expect(dollars.constraints).toEqual({});
    expect(dollars.currency).toBe('USD');
    expect(read('How many users did Alipay have at the end of September?').constraints).toMatchObject({
      from: { year: 2016, month: 9 },
    });
  });
});
