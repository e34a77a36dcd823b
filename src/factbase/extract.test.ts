import { describe, expect, it } from 'vitest';
import { CATALOG } from '../test/catalog';
import { factsOf } from '../test/facts';
import { buildFactBase } from './build';

describe('extractFacts', () => {
  const cases: [string, string, string[]][] = [
    [
      'a count with a comparator',
      'Lazada has more than 70 million monthly users.',
      ['lazada | users | more than 70 million monthly users'],
    ],
    [
      'a participial opener dates its subject',
      'Founded in 2012, Lazada now sells in Singapore.',
      ['lazada | founded | 2012'],
    ],
    [
      'a relative clause, money and a quarter',
      'Alibaba Cloud, which was launched in 2009, posted revenue of 3.2 billion yuan in the quarter ended June 30.',
      ['alibaba-cloud | revenue | 3.2 billion yuan @quarter ended 30 June 2017', 'alibaba-cloud | launched | 2009'],
    ],
    ['a name outside the catalog is the subject', 'Yahoo owns about 15 per cent of Alibaba.', []],
    ['no entity, no fact', 'The firm said sales rose 20 per cent.', []],
    [
      'an investment names its counterpart',
      'Alibaba invested US$1 billion in Lazada in 2016.',
      ['alibaba-group | investment | US$1 billion @2016 with lazada', 'alibaba-group | invested in | Lazada @2016'],
    ],
    [
      'a passive relation and a count',
      'Alipay, run by Ant Financial, has 30 million users in Europe.',
      ['alipay | users | 30 million users', 'alipay | run by | Ant Financial'],
    ],
    [
      'an opening adverbial dates the sentence',
      'Last year, Singles’ Day generated US$25 billion in sales.',
      ['singles-day | sales | US$25 billion @2016'],
    ],
    [
      'an expectation is a forecast, and the speaker is not the subject',
      'Analysts at Morgan Stanley expect Alibaba’s revenue to grow 30 per cent next year.',
      ['alibaba-group | revenue growth | 30% @2018 forecast'],
    ],
    [
      'a person joins a company',
      'Michael Evans joined Alibaba in 2015.',
      ['michael-evans | joined | 2015 with alibaba-group'],
    ],
    ['a headquarters', 'Alibaba is headquartered in Hangzhou.', ['alibaba-group | headquartered in | Hangzhou']],
    ['a launch with no date', 'Ant Group launched Alipay to pay for goods.', ['ant-group | launched | Alipay']],
    [
      'a dated launch keeps what was launched',
      'Ant Group launched Alipay in 2004.',
      ['ant-group | launched | 2004 with alipay'],
    ],
    ['a role before a name', 'Ant Group chairman Jack Ma spoke.', ['jack-ma | chairman | Ant Group']],
    [
      'money measured by a noun before it',
      'Double 11 sales reached 1.2 trillion yuan.',
      ['singles-day | sales | 1.2 trillion yuan'],
    ],
    ['a numbers-only sentence without an entity', 'Sales rose 40 per cent to US$3 billion.', []],
    [
      'a share opening its sentence is of the unit whose people it counts',
      'About 30 per cent of Alipay’s monthly users watch a livestream, according to Lazada.',
      ['alipay | users watch share | about 30%'],
    ],
    [
      'a share after its verb is the subject’s',
      'Alipay accounted for about 9% of Ant Group’s revenue.',
      ['alipay | revenue share | about 9%'],
    ],
    [
      'a sentence that points back sets its figure against the one before',
      'Alipay had assets under management of 1.03 trillion yuan in June. That is down from 1.13 trillion yuan in March.',
      ['alipay | assets | 1.03 trillion yuan @June 2017', 'alipay | assets | 1.13 trillion yuan @March 2017'],
    ],
    [
      'a rename with places',
      'Lazada’s payments arm was rebranded as Alipay in Malaysia, Thailand and the Philippines.',
      ['lazada | rebranded as | Alipay in Malaysia, Thailand and the Philippines'],
    ],
  ];
  it.each(cases)('%s', (_name, paragraph, expected) => {
    expect(factsOf(paragraph).sort()).toEqual([...expected].sort());
  });

  it('resolves "the event" to the event named just before', () => {
    const facts = factsOf('Singles’ Day is a big day.\n\nThe event this year had 140,000 brands.');
    expect(facts).toEqual(['singles-day | brands | 140,000 brands @2017']);
  });

  it('quotes the sentence and the value verbatim', () => {
    const text = 'T\n\nAlipay has more than 520 million users. Lazada has 15 data centres.\n';
    const base = buildFactBase([{ id: 't', text }], CATALOG);
    expect(
      base.facts.map((f) => [text.slice(f.quote.start, f.quote.end), text.slice(f.evidence.start, f.evidence.end)]),
    ).toEqual([
      ['Alipay has more than 520 million users.', 'more than 520 million users'],
      ['Lazada has 15 data centres.', '15 data centres'],
    ]);
  });
});
