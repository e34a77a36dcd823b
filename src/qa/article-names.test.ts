import { describe, expect, it } from 'vitest';
import { buildFactBase } from '../factbase/build';
import { CATALOG } from '../test/catalog';
import { findArticleNames } from './article-names';

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
    ['On Monday, the People’s Bank of China spoke, as did the people.', [], ['People’s Bank of China', 'China']],
    ['China’s US rival spoke.', [], ['China', 'US']], // what owns is a name: two names
    ['Demand had been feverish.', ['demand'], []], // an English word opening a sentence
    ['Rival JD.com reported its sales, according to consultancy iResearch.', ['rival'], ['JD.com']],
    ['The listing was an IPO.', [], []], // an ordinary acronym
  ];
  it.each(names)('%s', (body, commonWords, expected) => {
    expect(namesOf(body, commonWords)).toEqual(expected);
  });
});
