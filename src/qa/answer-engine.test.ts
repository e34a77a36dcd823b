import { describe, expect, it } from 'vitest';
import { TEST_ARTICLE, testEngine } from './test-engine';

describe('answerQuestion', () => {
  const answers: [string, string, string][] = [
    // question, answer, the sentence it comes from (its start)
    ['How many users does Alipay have?', 'more than 450 million', 'Alipay, the payments platform'],
    ['alipay users', 'more than 450 million', 'Alipay, the payments platform'],
    ['How many merchants does Alipya work with?', '8 million', 'Launched in 2004'],
    ['When was Alipay launched?', '2004', 'Launched in 2004'],
    ['Who runs Alipay?', 'Ant Financial', 'Alipay, the payments platform'],
    ['How many data centers does Aliyun have?', '14', 'Alibaba Cloud has 14'],
    ['Where are Alibaba Cloud’s data centres?', 'Singapore, Dubai and Frankfurt', 'Alibaba Cloud has 14'],
    ['How much did Double 11 sell last year?', 'US$17.8 billion', 'Last year, Singles’ Day'],
    ['How much has Alibaba invested in Lazada?', 'US$1 billion', 'Lazada, in which'],
    ['Which countries does Lazada operate in?', 'Singapore, Malaysia and Vietnam', 'Lazada, in which'],
    ['Who is Alibaba’s president?', 'Michael Evans', 'Alibaba president'],
  ];
  it.each(answers)('%s → %s', (question, expected, sentence) => {
    const a = testEngine.answer(question);
    expect(a.answer).toBe(expected);
    expect(a.quote?.startsWith(sentence)).toBe(true);
    expect(a.source?.publisher).toBe('Test Post');
  });

  const abstentions: [string, string][] = [
    // question, why the article cannot answer it
    ['How many users does Tencent have?', 'unknown-entity'],
    ['How many stores does Freshippo have?', 'not-covered'],
    ['How many users did Alipay have in 2021?', 'constraint'],
    ['How many data centres does Alibaba Cloud have in Germany?', 'constraint'],
    ['How many employees does Alipay have?', 'no-answer'],
    ['When was Lazada founded?', 'no-answer'],
  ];
  it.each(abstentions)('abstains on %s (%s)', (question, reason) => {
    const a = testEngine.answer(question);
    expect(a.answer).toBeNull();
    expect(a.quote).toBeNull();
    expect(a.reason).toBe(reason);
  });

  it('offers related passages when it abstains with the entity known', () => {
    const a = testEngine.answer('How many employees does Alipay have?');
    expect(a.related.length).toBeGreaterThan(0);
    expect(a.related.length).toBeLessThanOrEqual(3);
    expect(a.related.map((p) => p.text).join(' ')).toContain('Alipay');
  });

  it('quotes the sentence and the answer verbatim at their offsets', () => {
    const a = testEngine.answer('How many users does Alipay have?');
    expect(a.evidence && TEST_ARTICLE.slice(a.evidence.start, a.evidence.end)).toBe('more than 450 million users');
    expect(a.passage && a.quote && a.passage.text.includes(a.quote)).toBe(true);
  });

  it('answers only yes from the text, and never a bare no', () => {
    expect(testEngine.answer('Does Alibaba Cloud have a data centre in Dubai?').answer).toBe('Yes');
    expect(testEngine.answer('Does Alibaba Cloud have a data centre in Tokyo?').answer).toBeNull();
  });
});
