import { describe, expect, it } from 'vitest';
import { createReferenceTracker, type NamedEntity } from './references';

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
});
