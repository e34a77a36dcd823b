import { describe, expect, it } from 'vitest';
import { itReadsFacts } from '../test/facts';
import { NEWS_CATALOG } from '../test/news-catalog';
import { buildFactBase } from './build';

describe('valueFact', () => {
  const cases: Parameters<typeof itReadsFacts>[0] = [
    [
      'a baseline measures what the value before it does, in its own year',
      'Cainiao handled 1.29 billion delivery orders, up from 1.04 billion in 2016.',
      [
        'cainiao | delivery orders | 1.29 billion delivery orders',
        'cainiao | delivery orders | 1.04 billion delivery orders @2016',
      ],
    ],
    [
      'a figure of the same period a year before holds for that span a year back',
      'Alibaba posted a net loss of 20.56 billion yuan in the quarter ended September 30, compared with a profit of 5.37 billion yuan a year earlier.',
      [
        'alibaba-group | loss | 20.56 billion yuan @quarter ended 30 September 2017',
        'alibaba-group | profit | 5.37 billion yuan @quarter ended 30 September 2016',
      ],
    ],
    [
      'a baseline joins the count, not the places the count is in',
      'Freshippo operated 311 stores in 27 cities, up from 222.',
      ['freshippo | stores | 311 stores', 'freshippo | cities | 27 cities', 'freshippo | stores | 222 stores'],
    ],
    [
      'a part of a count keeps what sets it apart',
      'Alibaba says 200,000 brands took part, 22,000 of them from overseas.',
      ['alibaba-group | brands | 200,000 brands', 'alibaba-group | brands | 22,000 brands from overseas'],
    ],
    [
      'a time before a change dates what the change made, not what it started from',
      'A shareholding overhaul in January cut Jack Ma’s voting rights in Ant Group from more than 50% to about 6.2%.',
      ['ant-group | share | more than 50%', 'ant-group | share | about 6.2% @January 2017'],
    ],
    [
      'an opening "when" clause dates the sentence',
      'When Alibaba bought in three years ago, Cainiao had about 1,500 employees.',
      ['cainiao | employees | about 1,500 employees @2014'],
    ],
    [
      'what a word means is a figure of no one; what a name is, is the name’s',
      'Cainiao became China’s first "decacorn", a start-up worth more than US$10 billion, and Alibaba valued it at US$20 billion.',
      ['cainiao | valuation | US$20 billion'],
    ],
    [
      'a time right after a sum and its other currency dates the sum',
      'Alibaba was fined a record 18.2 billion yuan, or about US$2.8 billion, in April 2021 for abusing its dominance.',
      ['alibaba-group | fine | 18.2 billion yuan (US$2.8 billion) @April 2021'],
    ],
    [
      'a stake names what it is a stake in',
      'Alibaba owns a 33 per cent stake in Ant Group.',
      ['alibaba-group | stake | 33% with ant-group'],
    ],
    [
      'values joined to a plan are planned too',
      'Ant Group plans to spend 40 per cent of the proceeds on loans and 30 per cent on research.',
      ['ant-group | proceeds share | 40% forecast', 'ant-group | proceeds share | 30% forecast'],
    ],
    [
      'a time after a baseline dates the baseline only',
      'Singles’ Day sales rose 26 per cent from the 213.5 billion yuan recorded last year.',
      ['singles-day | sales growth | 26%', 'singles-day | sales | 213.5 billion yuan @2016'],
    ],
    [
      'the date of an event dates the counts of its clause',
      'Daniel Zhang launched Singles’ Day in 2009 with 27 merchants.',
      ['singles-day | merchants | 27 merchants @2009', 'daniel-zhang | launched | 2009 with singles-day'],
    ],
    [
      'an accounting period holds for every sum of its sentence',
      'Ant Group made 28.6 billion yuan in the six months to June, 39 per cent of its revenue of 72.5 billion yuan.',
      [
        'ant-group | amount | 28.6 billion yuan @six months ended 30 June 2017',
        'ant-group | revenue share | 39% @six months ended 30 June 2017',
        'ant-group | revenue | 72.5 billion yuan @six months ended 30 June 2017',
      ],
    ],
  ];
  itReadsFacts(cases, NEWS_CATALOG);

  it('quotes a value with its converted sum, and a count with its unit', () => {
    const text =
      'T\n\nSingles’ Day GMV was 268.4 billion yuan, or about US$38.4 billion, and Alipay had 730 million monthly users.\n';
    const base = buildFactBase([{ id: 't', text }], NEWS_CATALOG);
    expect(base.facts.map((f) => text.slice(f.evidence.start, f.evidence.end))).toEqual([
      '268.4 billion yuan, or about US$38.4 billion',
      '730 million monthly users',
    ]);
  });
});
