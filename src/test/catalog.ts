import type { Entity } from '../factbase/schema';

type Draft = Pick<Entity, 'id' | 'name' | 'kind'> & { aliases: (string | Partial<Entity['aliases'][number]>)[] };

/** A small in-test catalog, so tests of the pipeline do not depend on data/entities.json. */
export function testCatalog(drafts: Draft[]): Entity[] {
  return drafts.map((d) => ({
    ...d,
    relation: `${d.name} (test entity)`,
    renames: [],
    aliases: d.aliases.map((a) =>
      typeof a === 'string'
        ? { text: a, caseSensitive: true, needsContext: false }
        : { text: '', caseSensitive: true, needsContext: false, ...a },
    ),
  }));
}

/** Entities of the kinds the extractor treats differently. */
export const CATALOG = testCatalog([
  { id: 'alibaba-group', name: 'Alibaba Group', kind: 'parent', aliases: ['Alibaba', 'Alibaba Group', '阿里巴巴'] },
  { id: 'alibaba-cloud', name: 'Alibaba Cloud', kind: 'business-unit', aliases: ['Alibaba Cloud', 'Aliyun', '阿里云'] },
  { id: 'alipay', name: 'Alipay', kind: 'affiliate', aliases: [{ text: 'Alipay', caseSensitive: false }, '支付宝'] },
  {
    id: 'ant-group',
    name: 'Ant Group',
    kind: 'affiliate',
    aliases: ['Ant Group', 'Ant Financial', 'Ant Financial Services Group'],
  },
  { id: 'lazada', name: 'Lazada', kind: 'business-unit', aliases: ['Lazada', 'Lazada Group'] },
  { id: 'freshippo', name: 'Freshippo', kind: 'business-unit', aliases: ['Freshippo', 'Hema'] },
  { id: 'singles-day', name: 'Singles’ Day', kind: 'event', aliases: ["Singles' Day", 'Double 11', '双十一'] },
  { id: 'scmp', name: 'South China Morning Post', kind: 'business-unit', aliases: ['South China Morning Post'] },
  {
    id: 'michael-evans',
    name: 'Michael Evans',
    kind: 'person',
    aliases: ['Michael Evans', { text: 'Evans', needsContext: true }],
  },
  { id: 'jack-ma', name: 'Jack Ma', kind: 'person', aliases: ['Jack Ma', 'Ma Yun'] },
]);
