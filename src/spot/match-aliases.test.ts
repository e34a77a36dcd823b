import { describe, expect, it } from 'vitest';
import { CATALOG } from '../test/catalog';
import { aliasesOf, compileMatcher } from './match-aliases';

const matcher = compileMatcher(CATALOG);
const found = (text: string) => matcher.findMentions(text).map((m) => `${m.entityId}:${text.slice(m.start, m.end)}`);

describe('compileMatcher', () => {
  const cases: [string, string, string[]][] = [
    ['the longest name wins', 'Alibaba Cloud and Alibaba', ['alibaba-cloud:Alibaba Cloud', 'alibaba-group:Alibaba']],
    ['curly apostrophe', 'after Singles’ Day ended', ['singles-day:Singles’ Day']],
    ['no apostrophe', 'the Singles Day festival', ['singles-day:Singles Day']],
    ['line breaks inside a name', 'Ant\nFinancial said', ['ant-group:Ant\nFinancial']],
    [
      'runs of spaces inside names, offsets kept',
      'x  Ant\n    Financial  and  Singles’   Day',
      ['ant-group:Ant\n    Financial', 'singles-day:Singles’   Day'],
    ],
    ['a longer name that runs on falls back to a shorter one', 'Alibaba Cloudy skies', ['alibaba-group:Alibaba']],
    ['case-insensitive alias', 'pay with ALIPAY or alipay', ['alipay:ALIPAY', 'alipay:alipay']],
    ['case-sensitive alias', 'the alibaba cloud', []],
    [
      'Han names need no word boundary',
      '阿里巴巴的阿里云和支付宝在双十一',
      ['alibaba-group:阿里巴巴', 'alibaba-cloud:阿里云', 'alipay:支付宝', 'singles-day:双十一'],
    ],
    ['possessive', 'Alibaba’s revenue', ['alibaba-group:Alibaba']],
    ['hyphenated compound', 'Alibaba-backed Lazada', ['alibaba-group:Alibaba', 'lazada:Lazada']],
    ['trap: a longer name', 'Jack Maynard sang', []],
    ['trap: inside a word', 'the schema has a Hemat field', []],
    ['trap: inside a domain or path', 'see www.Alibaba.com/Alipay and @Alibaba', []],
    ['trap: ordinary words', 'an ant colony by the Post Office', []],
    ['a context alias needs the full name', 'Evans said so.', []],
    [
      'a context alias with the full name',
      'Michael Evans spoke. Evans said so.',
      ['michael-evans:Michael Evans', 'michael-evans:Evans'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('aliasesOf', () => {
  it('reads the compact names the build gives the content script', () => {
    expect(aliasesOf(['Alibaba', '*alipay', '+Evans', '*+x'])).toEqual([
      { text: 'Alibaba', caseSensitive: true, needsContext: false },
      { text: 'alipay', caseSensitive: false, needsContext: false },
      { text: 'Evans', caseSensitive: true, needsContext: true },
      { text: 'x', caseSensitive: false, needsContext: true },
    ]);
  });
});
