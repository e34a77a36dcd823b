import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadCatalog } from '../node/load-data';
import { compileMatcher } from '../spot/match-aliases';

const catalog = loadCatalog();
const byId = new Map(catalog.map((e) => [e.id, e]));
const article = readFileSync(join(DATA_DIR, 'scmp-2017-11-12-alibaba-singles-day.txt'), 'utf8');
const matcher = compileMatcher(catalog);

describe('data/entities.json', () => {
  it('names every Alibaba unit, affiliate, investee, event and person the article names', () => {
    const found = new Set(matcher.findMentions(article).map((m) => m.entityId));
    const named = [
      'alibaba-group',
      'alibaba-cloud',
      'alipay',
      'ant-group',
      'aliexpress',
      'lazada',
      'hellopay',
      'paytm-ecommerce',
      'singles-day',
      'scmp',
      'michael-evans',
      'jack-ma',
    ];
    expect(named.filter((id) => !found.has(id))).toEqual([]);
  });

  it('covers major units the article does not name', () => {
    const others = [
      'taobao',
      'tmall',
      'cainiao',
      'dingtalk',
      'ele-me',
      'youku',
      'alibaba-com',
      '1688-com',
      'trendyol',
      'daraz',
      'fliggy',
      'freshippo',
      'amap',
      'alibaba-health',
      'alibaba-pictures',
      'ucweb',
    ];
    expect(others.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('has Chinese names for the main units', () => {
    const han = (id: string) =>
      byId
        .get(id)
        ?.aliases.map((a) => a.text)
        .filter((t) => /\p{Script=Han}/u.test(t));
    expect(han('alibaba-cloud')).toContain('阿里云');
    expect(han('alipay')).toContain('支付宝');
    expect(han('ant-group')).toContain('蚂蚁集团');
    expect(han('taobao')).toContain('淘宝');
    expect(han('tmall')).toContain('天猫');
    expect(han('singles-day')).toContain('双十一');
  });

  it('records renames with dates', () => {
    expect(byId.get('ant-group')?.renames).toContainEqual(
      expect.objectContaining({ from: 'Ant Financial', to: 'Ant Group', date: '2020' }),
    );
    expect(byId.get('alibaba-cloud')?.renames.some((r) => r.from === 'Aliyun')).toBe(true);
  });

  it('never highlights outside firms, commentators or ordinary words', () => {
    const text =
      'Goldman Sachs, Morningstar, Verifone and Pinsent Masons met an Ant at the Post Office; Jack Maynard read the schema.';
    expect(matcher.findMentions(text)).toEqual([]);
    const aliases = catalog.flatMap((e) => e.aliases.map((a) => a.text.toLowerCase()));
    for (const word of ['ant', 'post', 'cloud', 'group', 'jack', 'singles']) expect(aliases).not.toContain(word);
  });
});
