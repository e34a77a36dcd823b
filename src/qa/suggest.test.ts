import { describe, expect, it } from 'vitest';
import { createSuggester, EXAMPLE_QUESTIONS, SUGGESTIONS } from './suggest';
import { testFactBase } from './test-engine';

const suggester = createSuggester(testFactBase);

describe('createSuggester', () => {
  it('offers the example questions before anything is typed', () => {
    expect(suggester.suggest('  ')).toEqual(EXAMPLE_QUESTIONS.slice(0, SUGGESTIONS));
  });

  const cases: [string, string][] = [
    // typed, a suggestion it must offer
    ['alipay us', 'Alipay users'], // prefix of the last word
    ['alipya users', 'Alipay users'], // a typo
    ['data cen', 'Alibaba Cloud data centres'],
    ['how many users', 'How many users does Alipay have?'], // an example question
  ];
  it.each(cases)('%s → %s', (typed, expected) => {
    const suggestions = suggester.suggest(typed);
    expect(suggestions).toContain(expected);
    expect(suggestions.length).toBeLessThanOrEqual(SUGGESTIONS);
  });

  it('offers nothing for words the sources never use', () => {
    expect(suggester.suggest('tencent wechat')).toEqual([]);
  });
});
