import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadBundledArticles, loadCatalog } from '../node/load-data';
import { buildFactBase } from './build';
import { describeValue } from './describe';
import type { Fact } from './schema';

// The fact base the extension ships, built from data/ exactly as the build does.
const factBase = buildFactBase(loadBundledArticles(), loadCatalog());
const source = factBase.sources[0];
const text = source?.text ?? '';

/** "attribute: value (period)" for each fact about an entity, as a reader would list them. */
function factsAbout(entityId: string): string[] {
  return factBase.facts
    .filter((f) => f.entityId === entityId)
    .map((f: Fact) => `${f.attribute}: ${describeValue(f.value)}${f.period ? ` (${f.period.label})` : ''}`);
}

describe('the bundled fact base', () => {
  it('is built from the article exactly as ../shared/source has it', () => {
    const shared = join(DATA_DIR, '../../shared/source/scmp-2017-11-12-alibaba-singles-day.txt');
    if (!existsSync(shared)) return; // A clone without ../shared beside it has only data/.
    expect(readFileSync(join(DATA_DIR, 'scmp-2017-11-12-alibaba-singles-day.txt'))).toEqual(readFileSync(shared));
    expect(text).toBe(readFileSync(shared, 'utf8'));
  });

  it('describes the SCMP article', () => {
    expect(source).toMatchObject({
      id: 'scmp-2017-11-12-alibaba-singles-day',
      title: 'Alibaba sees cloud computing and online payment driving Singles’ Day international expansion',
      publisher: 'South China Morning Post',
      publishedAt: '2017-11-12T16:18:00+08:00',
      updatedAt: '2017-11-12T22:40:00+08:00',
    });
    expect(source?.standfirst).toMatch(/^Alibaba president Michael Evans also says/);
  });

  it('keeps the related-story headline as a headline passage with no facts', () => {
    const headlines = factBase.passages.filter((p) => p.kind === 'headline');
    expect(headlines.map((p) => p.text)).toEqual([
      'Alibaba smashes Singles’ Day record as online shopping festival goes global',
    ]);
    expect(factBase.facts.filter((f) => headlines.some((h) => h.id === f.passageId))).toEqual([]);
  });

  it('lists the facts expected for Alibaba Cloud', () => {
    expect(factsAbout('alibaba-cloud')).toEqual([
      'founded: 2009',
      'customers: more than 1 million paying customers',
      'revenue growth: 99% (quarter ended 30 September 2017)',
      'revenue: 2.97 billion yuan (US$447 million) (quarter ended 30 September 2017)',
      'data centres: 15 data centres',
    ]);
  });

  it('lists the facts expected for Alipay', () => {
    expect(factsAbout('alipay')).toEqual([
      'users: more than 520 million users',
      'market share: more than 50%',
      'market: US$5.5 trillion',
      'run by: Ant Financial Services Group',
      'launched: 2004',
      'merchants: more than 10 million brick-and-mortar merchants',
      'works with: Verifone (2016)',
      'countries: more than 30 countries',
      'currencies: 27 currencies',
    ]);
    const runBy = factBase.facts.find((f) => f.entityId === 'alipay' && f.attribute === 'run by');
    expect(runBy?.value).toMatchObject({ kind: 'relation', objectId: 'ant-group' });
  });

  it('resolves relative dates against the publication date', () => {
    const labels = (entityId: string, attribute: string) =>
      factBase.facts.filter((f) => f.entityId === entityId && f.attribute === attribute).map((f) => f.period?.label);
    expect(labels('singles-day', 'transactions')).toEqual(['2017']); // "The event this year"
    expect(labels('singles-day', 'brands')).toEqual([undefined, undefined, '2016']); // "last year"
    expect(labels('alibaba-group', 'investment')).toEqual([undefined, 'March 2017']); // "In March this year"
    expect(labels('ant-group', 'merged with')).toEqual(['April 2017']); // "in April"
  });

  it('quotes every fact verbatim at its offsets', () => {
    expect(factBase.facts.length).toBeGreaterThan(30);
    for (const fact of factBase.facts) {
      expect(text.slice(fact.quote.start, fact.quote.end)).toBe(fact.quote.text);
      expect(text.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.text);
      const passage = factBase.passages.find((p) => p.id === fact.passageId);
      expect(passage && fact.quote.start >= passage.start && fact.quote.end <= passage.end).toBe(true);
    }
  });

  it('gives passages and sentences offsets into the unchanged article', () => {
    for (const passage of factBase.passages) {
      expect(text.slice(passage.start, passage.end)).toBe(passage.text);
      for (const s of passage.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
