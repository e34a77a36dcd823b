import { describe } from 'vitest';
import { itReadsFacts } from '../test/facts';
import { NEWS_CATALOG } from '../test/news-catalog';

// Whose a number is, read from the facts it gives: a wrong owner is worse than none.
describe('chooseEntity', () => {
  const cases: Parameters<typeof itReadsFacts>[0] = [
    [
      'a possessive owns the measure after it',
      'Lazada made 39 per cent of Alibaba’s total revenue of 72.5 billion yuan.',
      ['lazada | revenue share | 39%', 'alibaba-group | revenue | 72.5 billion yuan'],
    ],
    [
      'a relative clause after a figure speaks of that figure’s owner',
      'Lazada accounted for about 9% of Alibaba’s total revenue of 204.05 billion yuan for the quarter, which itself rose 9%.',
      [
        'lazada | revenue share | about 9%',
        'alibaba-group | revenue | 204.05 billion yuan',
        'alibaba-group | growth | 9%',
      ],
    ],
    [
      'revenue "at its" unit is the unit’s, not the reporter’s',
      'Alibaba reported that revenue at its Alibaba Cloud unit rose 3% to 25.6 billion yuan.',
      ['alibaba-cloud | revenue growth | 3%', 'alibaba-cloud | revenue | 25.6 billion yuan'],
    ],
    [
      'a share "for" a name outside the catalog is not the subject’s',
      'Alipay held 55 per cent of the market, against 39 per cent for Tencent’s WeChat Pay.',
      ['alipay | market share | 55%'],
    ],
    [
      'a person who holds it: nobody we track, not the company after "of"',
      'Jack Ma controls 50.5 per cent of Ant Group’s voting rights.',
      [],
    ],
    [
      'a company that speaks gives its own figure',
      'Cainiao, Alibaba’s logistics arm, said 1.29 billion delivery orders were generated.',
      ['cainiao | delivery orders | 1.29 billion delivery orders'],
    ],
    [
      'an example is never the subject',
      'Under the draft, platforms such as Ant Group would have to fund at least 30 per cent of a loan.',
      [],
    ],
    [
      'a name after "its own" qualifies a noun',
      'Lazada ran its own Singles’ Day sale across six markets.',
      ['lazada | markets | 6 markets'],
    ],
    [
      'names joined after a preposition are both prepositional',
      'Ant Group’s listing in Shanghai and Hong Kong gave it a market value of US$313 billion.',
      ['ant-group | valuation | US$313 billion'],
    ],
    [
      'a wire dateline names no subject',
      'HONG KONG (Reuters) - Alipay had 730 million users.',
      ['alipay | users | 730 million users'],
    ],
    [
      'an appositive after a name outside the catalog',
      'For context, JD.com, Alibaba’s closest rival, reported 204.4 billion yuan in orders.',
      [],
    ],
    [
      'a share of a unit’s own people is that unit’s',
      'Taobao grew, and more than half of Tmall merchants ran live broadcasts.',
      ['tmall | merchants share | more than 50%'],
    ],
  ];
  itReadsFacts(cases, NEWS_CATALOG);
});
