import { describe } from 'vitest';
import { loadCatalog } from '../node/load-data';
import { itReadsFacts } from '../test/facts';

// Kinds of fact that stories the project was not built on state and the builder used to miss:
// stakes, control and purchase prices, fines, changes in market value, counts whose noun comes
// first, units described by what they do, and sentences that name no one.
const catalog = loadCatalog();

describe('stakes, control and what was paid', () => {
  itReadsFacts(
    [
      [
        'a stake raised to a share',
        'Alibaba raised its stake in Lazada to about 83 per cent in 2017.',
        ['alibaba-group | stake | about 83% @2017 with lazada', 'alibaba-group | bought stake in | Lazada @2017'],
      ],
      [
        'a share owned of a company',
        'Alibaba owns 33 per cent of Ant Group.',
        ['alibaba-group | stake | 33% with ant-group'],
      ],
      [
        'control taken, with its date',
        'Alibaba took control of Lazada in 2016.',
        ['alibaba-group | took control of | Lazada @2016'],
      ],
      [
        'a controlling stake bought, and its price past an insert',
        'In 2018 Alibaba bought a controlling stake in Trendyol, Turkey’s biggest online retailer, for about US$728 million.',
        [
          'alibaba-group | acquisition price | about US$728 million @2018',
          'alibaba-group | took control of | Trendyol @2018',
          'alibaba-group | bought stake in | Trendyol @2018',
        ],
      ],
      [
        'a fine, and the share of revenue it equals',
        'Regulators fined Alibaba 18.2 billion yuan, equal to 4 per cent of its 2019 domestic revenue.',
        ['alibaba-group | fine | 18.2 billion yuan', 'alibaba-group | revenue share | 4% @2019'],
      ],
      [
        'a gain in market value',
        'Alibaba shares rose 9 per cent, adding roughly $32 billion to its market value.',
        ['alibaba-group | shares growth | 9%', 'alibaba-group | valuation gain | about US$32 billion'],
      ],
    ],
    catalog,
  );
});

describe('who and what a count is of', () => {
  itReadsFacts(
    [
      [
        'a noun before its count',
        'Alibaba Health’s annual active consumers topped 290 million.',
        ['alibaba-health | consumers | more than 290 million annual active consumers'],
      ],
      [
        'a date is no name',
        'Cainiao said it processed 2.32 billion delivery orders between Nov. 1 and Nov. 11.',
        ['cainiao | delivery orders | 2.32 billion delivery orders @1 November 2017 to 11 November 2017'],
      ],
      [
        'an IPO of someone',
        'Beijing halted the $34.5 billion IPO of Ant Group in November.',
        ['ant-group | IPO | US$34.5 billion @November 2017'],
      ],
      [
        'spending during an event',
        'Chinese shoppers spent 498.2 billion yuan on Alibaba’s platforms during its annual Singles’ Day festival.',
        ['singles-day | spending | 498.2 billion yuan'],
      ],
      [
        'a unit by what it does',
        'Alibaba Cloud grew fast. The cloud business serves about 4 million customers.',
        ['alibaba-cloud | customers | about 4 million customers'],
      ],
      [
        'a bare "the unit" after one unit',
        'Cainiao grew fast. The unit employs 20,000 people.',
        ['cainiao | employees | 20,000 people'],
      ],
      ['an unresolved description is nobody', 'The unit serves about 4 million customers, Alibaba said.', []],
      [
        'a results sentence that names no one goes on from its paragraph',
        'Alibaba Health said revenue rose to 11.8 billion yuan. Net profit more than doubled to 262 million yuan.',
        ['alibaba-health | revenue | 11.8 billion yuan', 'alibaba-health | net profit | 262 million yuan'],
      ],
      ['an owner unnamed at all makes no fact', 'Sales passed 100 billion yuan after one hour.', []],
      [
        'an event date after its object',
        'Jack Ma founded the company in a Hangzhou apartment in 1999.',
        ['jack-ma | founded | 1999'],
      ],
      ['launching, with the date', 'AliExpress arrived first, launching in 2010.', ['aliexpress | launched | 2010']],
      [
        'a count of new things is what was added, and no event',
        'Cainiao opened 75 new distribution centres since last year.',
        ['cainiao | distribution centres added | 75 new distribution centres @2016'],
      ],
    ],
    catalog,
  );
});

describe('results stories', () => {
  itReadsFacts(
    [
      [
        'a measure opening a paragraph goes on about the story’s subject, past the source it is said by',
        [
          'Alibaba posts slower growth',
          'Alibaba Group swung to a net loss in the September quarter.',
          'Revenue for the quarter rose to 207.18 billion yuan, according to Refinitiv data.',
        ],
        ['alibaba-group | revenue | 207.18 billion yuan'],
      ],
      [
        'the measure a sentence opens on, before an insert',
        'Alibaba Group reported results. Adjusted EBITA, the measure the company prefers, rose 29% to 34.76 billion yuan.',
        ['alibaba-group | ebita growth | 29%', 'alibaba-group | ebita | 34.76 billion yuan'],
      ],
      [
        'the noun a relative clause is about, and a change "by" before a level "to"',
        'Alibaba repurchased shares under its buyback programme, which the board expanded by $15 billion to $40 billion.',
        [
          'alibaba-group | buyback programme growth | US$15 billion',
          'alibaba-group | buyback programme | US$40 billion',
        ],
      ],
      [
        'a nationality names no one: "American depositary shares"',
        'Alibaba said it repurchased 12.5 million American depositary shares for about $1.1 billion.',
        [
          'alibaba-group | shares | 12.5 million American depositary shares',
          'alibaba-group | amount | about US$1.1 billion',
        ],
      ],
      [
        '"the chain" is the organisation named before',
        'Freshippo is a supermarket chain. The chain operated 311 stores in 27 cities.',
        ['freshippo | stores | 311 stores', 'freshippo | cities | 27 cities'],
      ],
      [
        'a name past "while" is another clause’s subject; "increased revenue by" is growth; a segment is its unit',
        'Local services revenue grew 4% to 12.29 billion yuan, while Cainiao increased revenue by 15% to 13.20 billion yuan.',
        [
          'alibaba-local-services | revenue growth | 4%',
          'alibaba-local-services | revenue | 12.29 billion yuan',
          'cainiao | revenue growth | 15%',
          'cainiao | revenue | 13.2 billion yuan',
        ],
      ],
      [
        'a reported figure of no time holds for the period the story reports on, one of a year does not',
        [
          'Alibaba results',
          'Alibaba’s revenue rose 3% to 207 billion yuan in the quarter ended September 30.',
          'Cainiao’s revenue grew 15% to 13.2 billion yuan.',
          'For the full year, Cainiao’s revenue grew 20%.',
        ],
        [
          'alibaba-group | revenue growth | 3% @quarter ended 30 September 2017',
          'alibaba-group | revenue | 207 billion yuan @quarter ended 30 September 2017',
          'cainiao | revenue growth | 15% @quarter ended 30 September 2017',
          'cainiao | revenue | 13.2 billion yuan @quarter ended 30 September 2017',
          'cainiao | revenue growth | 20%',
        ],
      ],
      [
        'a place dateline names no one; "equivalent to" a sum is that sum converted',
        'HONG KONG—Alibaba raised 88 billion Hong Kong dollars, equivalent to about $11.2 billion, five years ago.',
        ['alibaba-group | funding | HK$88 billion (US$11.2 billion) @2012'], // five years before the story
      ],
      [
        'a sentence naming no one goes on about the subject before: "The stock opened at…"',
        'Alibaba’s shares rose 6.6% in their debut. The stock opened at HK$187 and ended the day at HK$187.60.',
        [
          'alibaba-group | shares growth | 6.6%',
          'alibaba-group | share price | HK$187',
          'alibaba-group | share price | HK$187.6',
        ],
      ],
      [
        'a segment named by a word of one unit’s name, before or after its measure, is that unit',
        'Cloud computing revenue rose 4% to 20.76 billion yuan, the slowest pace since Alibaba began reporting it. Revenue from Cainiao logistics grew 15%.',
        [
          'alibaba-cloud | revenue growth | 4%',
          'alibaba-cloud | revenue | 20.76 billion yuan',
          'cainiao | revenue growth | 15%',
        ],
      ],
      [
        'a word of a unit’s description alone names no segment',
        'Alibaba reported results. Technology revenue rose 4%.',
        [],
      ],
      [
        'a headcount is a count of employees, its noun before its verb',
        'Alibaba’s headcount fell to 243,903 at the end of September.',
        ['alibaba-group | employees | 243,903 employees @September 2017'],
      ],
      [
        'a possessive right on a figure owns it, whoever the sentence is about',
        'Taobao accounted for two-thirds of Alibaba’s 221.1bn yuan in revenue.',
        ['taobao | revenue share | 66.67%', 'alibaba-group | revenue | 221.1 billion yuan'],
      ],
      [
        '"the company" after an outside speaker is the organisation named before',
        [
          'Cainiao expands',
          'Cainiao handles 100 million parcels a day, Wan Lin told a briefing. Wan, who took over in 2019, said demand was strong.',
          'The company operates more than 1,500 warehouses.',
        ],
        [
          'cainiao | parcels per day | 100 million parcels per day',
          'cainiao | warehouses | more than 1,500 warehouses',
        ],
      ],
      [
        'a sum "in the September quarter" is no sum of "the": its measure is the sentence’s',
        'Alibaba’s overall revenue rose 40 per cent to 119.02 billion yuan in the September quarter.',
        [
          'alibaba-group | revenue growth | 40% @quarter ended 30 September 2017',
          'alibaba-group | revenue | 119.02 billion yuan @quarter ended 30 September 2017',
        ],
      ],
      [
        'the owner of a name’s description is not the subject; "May Day" is a holiday after "for"',
        'Alibaba Group’s travel platform Fliggy said bookings for the May Day holiday rose 31% from 2019.',
        ['fliggy | growth | 31% @2019', 'fliggy | travel platform | Alibaba Group @2019'],
      ],
      [
        'a year people were born in dates no figure, and "up from" a share is that share',
        'Fliggy said users born after 1995 made 40% of its bookings, up from about 25% in 2019.',
        ['fliggy | bookings share | 40%', 'fliggy | bookings share | about 25% @2019'],
      ],
      [
        'a unit described by its owner’s possessive, then "the unit" for it, and "Revenue from" it',
        [
          'Alibaba results',
          'Alibaba Group Holding’s local services business narrowed its losses.',
          'Revenue from the unit rose 22 per cent to 7.05 billion yuan, Alibaba said.',
        ],
        ['alibaba-local-services | revenue growth | 22%', 'alibaba-local-services | revenue | 7.05 billion yuan'],
      ],
      [
        'a role "of" an organisation after a relative or an appositive, and a second after "and"',
        'Eddie Wu, who took over as chief executive of Alibaba Group in September, spoke. Cainiao grew, said Wang Lei, president of Alibaba’s local services company and chief executive of Ele.me.',
        ['eddie-wu | chief executive | Alibaba Group'],
      ],
      [
        'a cut "by" a share is a decline of what was cut',
        'Alibaba Cloud said it would cut prices by up to 50%.',
        ['alibaba-cloud | price decline | up to 50%'],
      ],
      [
        '"make up" is no rise',
        'Freshippo said online orders make up more than 60 per cent of its sales.',
        ['freshippo | sales share | more than 60%'],
      ],
    ],
    catalog,
  );
});
