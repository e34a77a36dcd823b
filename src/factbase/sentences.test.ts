import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['two plain sentences', 'Alibaba grew. Alipay too.', ['Alibaba grew.', 'Alipay too.']],
    [
      'a name that opens in lower case opens a sentence',
      'Its rivals are more forthcoming. iQiyi said it had 67.1 million subscribers. eBay did not.',
      ['Its rivals are more forthcoming.', 'iQiyi said it had 67.1 million subscribers.', 'eBay did not.'],
    ],
    [
      'a decimal is not a boundary',
      'Revenue was 2.97 billion yuan. It rose.',
      ['Revenue was 2.97 billion yuan.', 'It rose.'],
    ],
    [
      'currency and initials',
      'It raised US$5.5 trillion in the U.S. market. Next.',
      ['It raised US$5.5 trillion in the U.S. market.', 'Next.'],
    ],
    ['a title abbreviation', 'Mr. Ma spoke. Then Dr. Evans.', ['Mr. Ma spoke.', 'Then Dr. Evans.']],
    [
      'a closing quote stays with its sentence',
      '“We grew,” he said. “That is all.”',
      ['“We grew,” he said.', '“That is all.”'],
    ],
    [
      'a full stop before a quote ends the sentence',
      'in an interview. “That is very much it.”',
      ['in an interview.', '“That is very much it.”'],
    ],
    [
      'an ellipsis before lower case does not split',
      'a global brand … and take on Visa.',
      ['a global brand … and take on Visa.'],
    ],
    ['a question and an exclamation', 'Why? Because! Done', ['Why?', 'Because!', 'Done']],
    ['no final punctuation', 'Alibaba smashes Singles’ Day record', ['Alibaba smashes Singles’ Day record']],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('gives offsets into the whole source when the paragraph starts later', () => {
    const source = 'Title\n\nFirst one. Second one.';
    const base = source.indexOf('First');
    for (const s of splitSentences(source.slice(base), base)) expect(source.slice(s.start, s.end)).toBe(s.text);
  });
});
