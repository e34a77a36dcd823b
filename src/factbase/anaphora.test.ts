import { describe } from 'vitest';
import { itReadsFacts } from '../test/facts';
import { NEWS_CATALOG } from '../test/news-catalog';

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
