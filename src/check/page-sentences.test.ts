import { describe, expect, it } from 'vitest';
import { claimSentences } from './page-sentences';

describe('claimSentences', () => {
  const cases: [string, boolean][] = [
    // sentence, whether it could be a claim
    ['Alipay has 300 million users.', true],
    ['Ant Group was valued at half a billion dollars.', true], // a number in words, with a scale
    ['Roughly three in ten of Taobao’s users watch livestreams.', true], // a share said as a ratio
    ['Alipay is popular in China.', false], // no value
    ['One of the three founders spoke.', false], // numbers that are no value
  ];
  it.each(cases)('%s → %s', (sentence, claim) => {
    expect(claimSentences(`Before. ${sentence} After.`).map((s) => s.text)).toEqual(claim ? [sentence] : []);
  });
});
