import { describe, expect, it } from 'vitest';
import { questionTimes } from './question-times';

const REFERENCE = { year: 2020, month: 11, day: 4 };

describe('questionTimes', () => {
  const times: [string, string[]][] = [
    // question, the times it names, as labels
    ['How many accounts did Alipay have at the end of September?', ['September 2020']],
    ['What happened in December?', ['December 2019']], // December 2020 is still to come
    ['How many users did Alipay have in 2019?', ['2019']],
    ['May Alipay expand abroad?', []], // "May" the verb
    ['Who reported in May?', ['May 2020']],
    // "that ended in" says no more than "ended": a fiscal year.
    ['What was revenue in the fiscal year that ended in March?', ['12 months ended 31 March 2020']],
  ];
  it.each(times)('%s', (question, labels) => {
    expect(questionTimes(question, REFERENCE).map((t) => t.label)).toEqual(labels);
  });

  it('reads "a year earlier" as the year before the story’s, a span of any length in it', () => {
    const [time, ...rest] = questionTimes('How many users did Paytm have a year earlier?', REFERENCE);
    expect(rest).toEqual([]);
    expect(time).toMatchObject({ label: '2019', from: { year: 2019 }, anySpan: true });
    expect(questionTimes('What did Alibaba earn a year before the IPO?', REFERENCE)).toEqual([]);
  });
});
