import { describe, expect, it } from 'vitest';
import { storyEngine } from './test-engine';

/**
 * Questions on a story the engine was not built on (`TEST_STORY`): its subject is named in full once
 * and then as "Ant", "the company" and "it"; its sentences set figures for several places, times and
 * firms side by side.
 */
describe('answering a new story', () => {
  const answers: [string, string, string][] = [
    // question, answer, the sentence it comes from (its start)
    ['Where is Ant Group headquartered?', 'Hangzhou', 'The company is headquartered'], // "The company" is Ant
    ['How many people does Ant employ?', 'more than 12,000', 'The company is headquartered'], // "Ant" is Ant Group
    ['Who is Ant’s executive chairman?', 'Eric Jing', 'Executive chairman Eric Jing'], // a title bound to a name
    ['How many people applied for Ant shares?', 'Some 2 million', 'Some 2 million'], // the story's subject, unnamed
    ['What was the price of Ant’s shares in Hong Kong?', 'HK$60', 'Ant had priced'], // the place after the value
    ['What was the price of Ant’s shares in Shanghai?', '50 yuan', 'Ant had priced'],
    ['How many times was the Shanghai portion oversubscribed?', '300', 'Some 2 million'], // the clause about Shanghai
    ['What is Ant’s biggest business?', 'Lending', 'Lending is'], // the other side of "is"
    ['Which regulators published the draft rules?', 'the China Banking Regulatory Commission', 'On Monday'],
    ['What did Jack Ma compare state banks to?', 'pawnshops', 'Jack Ma, who'], // a quotation
    ['When did Jack Ma co-found Alibaba?', '1999', 'Jack Ma, who'], // "co-found" is "co-founded"
    ['How long did it take to fill the order in 2020?', '2 hours and 5 minutes', 'The first order'], // its clause's year
    ['When was the first order filled?', '90 seconds after the open', 'The first order'], // a time of day
    ['Which countries does Alipay work in?', 'Singapore, Malaysia and Thailand', 'Alipay now works'], // a list in brackets
    ['How much was Ant’s listing expected to raise?', 'about US$10 billion', 'Ant Group said'],
    ['How much did JD Digits raise?', 'US$3 billion', 'Rival JD Digits'], // not Ant's, though the paragraph names it
  ];
  it.each(answers)('%s → %s', (question, expected, sentence) => {
    const a = storyEngine.answer(question);
    expect(a.answer).toContain(expected);
    expect(a.quote?.startsWith(sentence)).toBe(true);
  });

  const abstentions: [string, string][] = [
    // question, why the story cannot answer it
    ['How many accounts did Stripe have?', 'no-answer'], // the accounts are PayPal's, in the other clause
    ['How many branches does Ant have?', 'no-answer'], // "branches" is English, no misspelling of "tranche"
    ['When was Ant founded?', 'no-answer'], // the story says when Alibaba was
    ['How many times was the Shanghai portion downloaded?', 'no-answer'], // "300 times" oversubscribed, not downloaded
  ];
  it.each(abstentions)('abstains on %s (%s)', (question, reason) => {
    const a = storyEngine.answer(question);
    expect(a.answer).toBeNull();
    expect(a.reason).toBe(reason);
  });
});
