import { describe, expect, it } from 'vitest';
import { clauseCommas, findInserts, findNameLists, markRole, type SentenceMention } from './analyse-sentence';

/** A mention of the words `name` in `sentence`, before its roles are marked. */
const mention = (sentence: string, name: string) => {
  const start = sentence.indexOf(name);
  return { entityId: 'x', kind: 'business-unit' as const, start, end: start + name.length, text: name };
};

describe('markRole', () => {
  const cases: [string, string, Partial<SentenceMention>][] = [
    ['Its listing in Shanghai and Hong Kong was halted.', 'Hong Kong', { prepositional: true }], // joined after "in"
    ['Platforms such as Ant Group would have to fund it.', 'Ant Group', { example: true }],
    ['Lazada ran its own Singles’ Day sale.', 'Singles’ Day', { modifier: true }],
    ['Evans, who joined in 2014, said it grew.', 'Evans', { speaker: true }], // past an insert
    ['Cainiao, Alibaba’s logistics arm, said 1.29 billion orders came.', 'Cainiao', { speaker: true }],
    ['Alibaba and Tencent grew.', 'Tencent', { prepositional: false }],
  ];
  it.each(cases)('%s (%s)', (sentence, name, flags) => {
    expect(markRole(sentence, mention(sentence, name))).toMatchObject(flags);
  });
});

describe('findInserts', () => {
  const cases: [string, string[], string[]][] = [
    // sentence, its names, the inserts' words
    ['Cainiao, Alibaba’s logistics arm, said so.', ['Cainiao', 'Alibaba'], [', Alibaba’s logistics arm']],
    ['JD.com, Alibaba’s closest rival, reported it.', ['JD.com', 'Alibaba'], [', Alibaba’s closest rival']],
    ['In Shanghai, Alibaba’s shares rose 5 per cent.', ['Shanghai', 'Alibaba'], []], // not closed by a comma
    ['Alibaba, which owns the Post, grew.', ['Alibaba'], [', which owns the Post']],
  ];
  it.each(cases)('%s', (sentence, names, expected) => {
    const mentions = names.map((n) => markRole(sentence, mention(sentence, n)));
    const commas = clauseCommas(sentence, findNameLists(sentence));
    expect(findInserts(sentence, commas, mentions).map((i) => sentence.slice(i.start, i.end))).toEqual(expected);
  });
});
