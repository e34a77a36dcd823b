import { describe, expect, it } from 'vitest';
import { attributeOf } from './attributes';
import { findValues } from './values';

describe('attributeOf', () => {
  const cases: [string, string, string | undefined][] = [
    // sentence, the value's words, what it measures (undefined: nothing says)
    ['It closed with gross merchandise volume (GMV) of 268.4 billion yuan.', '268.4 billion yuan', 'GMV'],
    ['It was the largest initial public offering at US$34.4 billion.', 'US$34.4 billion', 'IPO'],
    ['Ant Group’s record $34.4bn IPO suspended two days before debut', '$34.4bn', 'IPO'], // a verb ends the noun
    ['giving the company a market value of about US$313 billion.', 'about US$313 billion', 'valuation'],
    ['Taobao Live drove nearly 20 billion yuan of GMV.', 'nearly 20 billion yuan', 'GMV'],
    ['It handled 118 trillion yuan (US$17.6 trillion) of payments in China.', '118 trillion yuan', 'payments'],
    ['Order creation peaked at 544,000 orders per second.', '544,000', 'orders per second'],
    ['It ran a sale across six Southeast Asian markets.', 'six', 'markets'],
    ['It employs more than 16,000 people.', 'more than 16,000', 'employees'],
    ['It saw its shares fall 8.1% to US$285.57 on Tuesday.', '8.1%', 'shares decline'],
    ['It saw its shares fall 8.1% to US$285.57 on Tuesday.', 'US$285.57', 'share price'],
    ['It came less than 48 hours before trading began.', 'less than 48', undefined], // a moment, not a measure
    ['About half a billion consumers took part.', 'About half a billion', 'consumers'], // an irregular verb ends the noun
    ['Ant’s net profit for the period was 21.9 billion yuan.', '21.9 billion yuan', 'net profit'],
    ['It sold about 11 per cent of its enlarged share capital.', 'about 11 per cent', 'share capital'],
    ['It is up from the 213.5 billion yuan recorded last year.', '213.5 billion yuan', 'amount'], // a participle says nothing
    // A fund's size is the money it manages.
    ['Assets under management fell to 1.03 trillion yuan at the end of June.', '1.03 trillion yuan', 'assets'],
    // What is offered for a purchase, before or after what is bought; an "offer price" is a share's price.
    ['Alibaba offers up to US$3.75 billion to buy out the minority holders.', 'up to US$3.75 billion', 'offer'],
    ['It would offer to buy out the minority holders for up to US$3.75 billion.', 'up to US$3.75 billion', 'offer'],
    ['The stock ended above the offer price of HK$176 a share.', 'HK$176', 'price'],
  ];
  it.each(cases)('%s (%s)', (sentence, words, expected) => {
    const value = findValues(sentence).find((v) => sentence.slice(v.start, v.end) === words);
    expect(value && sentence.slice(value.start, value.end)).toBe(words);
    expect(value && attributeOf(sentence, value, 0)?.attribute).toBe(expected);
  });

  it('keeps the unit of a rate and of proper adjectives as written', () => {
    const sentence = 'It peaked at 544,000 orders a second across six Southeast Asian markets.';
    const units = findValues(sentence).map((v) => {
      const unit = attributeOf(sentence, v, 0);
      return unit?.unitEnd === undefined ? unit?.unit : sentence.slice(v.start, unit.unitEnd);
    });
    expect(units).toEqual(['544,000 orders a second', 'six Southeast Asian markets']);
  });
});
