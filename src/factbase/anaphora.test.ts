import { describe, expect, it } from 'vitest';
import { itReadsFacts } from '../test/facts';
import { NEWS_CATALOG } from '../test/news-catalog';
import { createReferenceTracker, type NamedEntity } from './anaphora';

// Who "it", "its", "that", "the company" and "the period" stand for, read from the facts they give.
describe('references to the subject before', () => {
  const cases: Parameters<typeof itReadsFacts>[0] = [
    [
      '"It" carries the subject of the sentence before',
      'Alipay had 730 million users. It handled 118 trillion yuan of payments.',
      ['alipay | users | 730 million users', 'alipay | payments | 118 trillion yuan'],
    ],
    [
      '"It" after a subject outside the catalog is nobody we know',
      'Yahoo had 700 million users. It handled 118 trillion yuan of payments.',
      [],
    ],
    [
      'an "it" that stands for nothing',
      'Alipay had 730 million users. It is expected that payments will reach 118 trillion yuan.',
      ['alipay | users | 730 million users'],
    ],
    [
      '"It" does not reach into another paragraph',
      'Alipay had 730 million users.\n\nIt handled 118 trillion yuan of payments.',
      ['alipay | users | 730 million users'],
    ],
    [
      '"The company" reaches the subject of the paragraph before',
      'Ant Group priced its shares.\n\nThe company sold 1.67 billion shares.',
      ['ant-group | shares | 1.67 billion shares'],
    ],
    [
      '"the company" inside a sentence is its subject, not the name last seen',
      'Ant Group, the operator of Alipay, sold shares, giving the company a market value of US$313 billion.',
      ['ant-group | valuation | US$313 billion'],
    ],
    [
      'a description with a proper adjective',
      'Alibaba is set to list.\n\nThe Chinese e-commerce giant has 20 data centres.',
      ['alibaba-group | data centres | 20 data centres'],
    ],
    [
      '"Its" opens a sentence on a part of the subject before',
      'Ant Group lends money. Its CreditTech arm brought in 28.6 billion yuan of revenue.',
      ['ant-group | CreditTech revenue | 28.6 billion yuan'],
    ],
    [
      '"That is up" is the figure of the sentence before',
      'Singles’ Day sales reached 268 billion yuan. That is up 26 per cent from a year earlier.',
      ['singles-day | sales | 268 billion yuan', 'singles-day | growth | 26%'],
    ],
    [
      '"it" inside a sentence is that sentence’s subject',
      'Cainiao said it worked with more than 3 million couriers.',
      ['cainiao | couriers | more than 3 million couriers'],
    ],
    [
      '"for the period" is the accounting period last named',
      'Ant Group’s revenue was 72.5 billion yuan in the six months to June. Its net profit for the period was 21.9 billion yuan.',
      [
        'ant-group | revenue | 72.5 billion yuan @six months ended 30 June 2017',
        'ant-group | net profit | 21.9 billion yuan @six months ended 30 June 2017',
      ],
    ],
  ];
  itReadsFacts(cases, NEWS_CATALOG);
});

// The answer engine's tracker: whom each sentence of a story refers to, and how surely.
const KINDS = new Map([
  ['ant-group', 'affiliate'],
  ['alibaba-group', 'parent'],
  ['singles-day', 'event'],
  ['jack-ma', 'person'],
  ['name-daniel-zhang', 'external'],
  ['name-zhang-jianfeng', 'external'],
  ['name-zhang', 'external'],
  ['name-jd-com', 'external'],
  ['name-jd-digits', 'external'],
  ['name-eric-jing', 'external'],
  ['lazada', 'business-unit'],
  ['daraz', 'business-unit'],
]);
const NAMES: Record<string, string> = {
  'Ant Group': 'ant-group',
  Ant: 'ant-group',
  Alibaba: 'alibaba-group',
  'Singles’ Day': 'singles-day',
  'Jack Ma': 'jack-ma',
  'Daniel Zhang': 'name-daniel-zhang',
  'Zhang Jianfeng': 'name-zhang-jianfeng',
  Zhang: 'name-zhang',
  'JD.com': 'name-jd-com',
  'JD Digits': 'name-jd-digits',
  'Eric Jing': 'name-eric-jing',
  Lazada: 'lazada',
  Daraz: 'daraz',
};

/** The names of a sentence as the index finds them: every known name, in order. */
function namesIn(sentence: string): NamedEntity[] {
  const found: NamedEntity[] = [];
  for (const [text, entityId] of Object.entries(NAMES).sort((a, b) => b[0].length - a[0].length)) {
    for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
      const end = at + text.length;
      if (!found.some((f) => at < f.end && end > f.start) && !/\w/.test(sentence[end] ?? ''))
        found.push({ entityId, start: at, end, text });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Reads a story's sentences in order; for each, whom it refers to without naming them. */
function read(sentences: string[], topics: string[] = []): string[][] {
  const tracker = createReferenceTracker(
    KINDS,
    new Map([['name-zhang', ['name-zhang-jianfeng', 'name-daniel-zhang']]]),
  );
  tracker.reset(topics);
  return sentences.map((s, i) => tracker.refer(s, namesIn(s), i + 1).map((r) => `${r.id} ${r.weight}`));
}

describe('createReferenceTracker', () => {
  it('reads "It" and "the company" as the organisation last named as a subject', () => {
    expect(
      read([
        'Ant Group said it would delay its listing.',
        'It is headquartered in Hangzhou.', // "It" opens the sentence
        'Analysts said the listing was delayed.', // no pointer back, no topic
        'Regulators gave the company a week.', // "the company", no organisation named before it
      ]),
    ).toEqual([[], ['ant-group 0.8'], [], ['ant-group 0.8']]);
  });

  it('reads "he" as the person last named, within two paragraphs', () => {
    expect(read(['Jack Ma spoke in Shanghai.', '“We will grow,” he said.', 'x', 'y', 'He left.'])).toEqual([
      [],
      ['jack-ma 1'],
      [],
      [],
      [], // three paragraphs on: too far back
    ]);
  });

  it('reads a surname two people share as the one named last', () => {
    expect(read(['Zhang Jianfeng spoke first.', 'Daniel Zhang took over.', 'Zhang launched the event.'])).toEqual([
      [],
      [],
      ['name-daniel-zhang 1'],
    ]);
  });

  it('reads "the group" past a person named before it: "who" is said of people', () => {
    expect(read(['Ant Group is betting on speed.', '“We want trust,” said Eric Jing, who leads the group.'])).toEqual([
      [],
      ['ant-group 0.8'],
    ]);
  });

  it('reads no "It" that stands for nothing', () => {
    expect(read(['Ant Group said it would delay its listing.', 'It is expected that regulators will act.'])).toEqual([
      [],
      [],
    ]);
  });

  it('reads "the event" as the event last named, and "That is" as the sentence before', () => {
    expect(read(['Singles’ Day closed with record sales.', 'That is up 26 per cent.', 'Ma opened the event.'])).toEqual(
      [[], ['singles-day 0.8'], ['singles-day 0.8']],
    );
  });

  it('puts the story’s subject behind sentences about no one else', () => {
    expect(
      read(
        [
          'Some 2 million people applied for shares.', // about no one: the story's
          'For context, JD.com reported 204.4 billion yuan.', // about JD.com
          'Alibaba says half a billion consumers took part.', // about the story's own subject
          'Rival JD Digits raised US$3 billion.', // about JD Digits
          'Executive chairman Eric Jing said the delay was short.', // a person, given a post: speaks for the story
        ],
        ['singles-day', 'alibaba-group'],
      ),
    ).toEqual([
      ['singles-day 0.6', 'alibaba-group 0.6'],
      [],
      ['singles-day 0.6', 'alibaba-group 0.6'],
      [],
      ['singles-day 0.6', 'alibaba-group 0.6'],
    ]);
  });

  it('puts one of two units a story is about behind a sentence naming the other no more', () => {
    expect(
      read(
        [
          'Alibaba first took control of Lazada in 2016.', // names Lazada: not about Daraz too
          'The deals were large.', // about no one: all the story's subjects
        ],
        ['alibaba-group', 'lazada', 'daraz'],
      ),
    ).toEqual([
      ['alibaba-group 0.6', 'lazada 0.6'],
      ['alibaba-group 0.6', 'lazada 0.6', 'daraz 0.6'],
    ]);
  });
});
