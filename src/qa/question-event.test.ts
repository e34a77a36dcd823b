import { describe, expect, it } from 'vitest';
import { eventTime, questionEvent } from './question-event';
import { testNewsBase } from './test-engine';

const at = (question: string, name: string, entityId: string) => {
  const start = question.indexOf(name);
  return { entityId, text: name, start, end: start + name.length, distance: 0 };
};

describe('questionEvent', () => {
  const cases: [string, [string, string][], string[] | undefined][] = [
    // question, the entities it names, the stems of the event it dates by (none: it names no event)
    [
      'How many staff did Trendyol have when Alibaba bought in?',
      [
        ['Trendyol', 'trendyol'],
        ['Alibaba', 'alibaba-group'],
      ],
      ['buy'],
    ],
    [
      'What was Ant worth at the time Alibaba took its stake?',
      [
        ['Ant', 'ant-group'],
        ['Alibaba', 'alibaba-group'],
      ],
      ['take', 'stake'],
    ],
    // "When" that opens the question asks for a date; a clause of no one's dates nothing.
    [
      'When did Alibaba buy Trendyol?',
      [
        ['Alibaba', 'alibaba-group'],
        ['Trendyol', 'trendyol'],
      ],
      undefined,
    ],
    ['How many staff did Trendyol have when it was founded?', [['Trendyol', 'trendyol']], undefined],
  ];
  it.each(cases)('%s', (question, names, stems) => {
    const event = questionEvent(
      question,
      names.map(([name, id]) => at(question, name, id)),
    );
    expect(event?.stems).toEqual(stems);
  });
});

describe('eventTime', () => {
  it('dates an event by the fact of its subject that says it', () => {
    expect(eventTime({ start: 0, entityIds: ['alibaba-group'], stems: ['buy'] }, testNewsBase.facts)).toEqual({
      from: { year: 2018 },
      to: { year: 2018 },
    });
    // Nothing says when Alibaba sold anything.
    expect(eventTime({ start: 0, entityIds: ['alibaba-group'], stems: ['sell'] }, testNewsBase.facts)).toBeUndefined();
  });
});
