import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadCatalog } from '../node/load-data';
import { compileMatcher } from '../spot/match-aliases';
import { buildFactBase } from './build';

// 130 real pages (news, blogs, forums) from ../shared/pages: text nobody on this project wrote.
const PAGES = join(DATA_DIR, '../../shared/pages/readability');
const available = existsSync(PAGES);
const catalog = loadCatalog();
const matcher = compileMatcher(catalog);

/** The page's paragraphs as a plain-text article: the shape the pipeline reads. */
function articleText(html: string): string {
  const { document } = parseHTML(html);
  const title = document.querySelector('h1')?.textContent?.trim() || 'Untitled';
  const paragraphs = [...document.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
  return [title, ...paragraphs.filter((p) => p.length > 0)].join('\n\n');
}

describe.skipIf(!available)('the pipeline on real pages', () => {
  const pages = available ? readdirSync(PAGES).filter((f) => f.endsWith('.html')) : [];

  it(`builds a valid fact base from each of the ${pages.length} pages, quoting verbatim`, () => {
    expect(pages.length).toBeGreaterThanOrEqual(100);
    for (const page of pages) {
      const text = articleText(readFileSync(join(PAGES, page), 'utf8'));
      const factBase = buildFactBase([{ id: 'page', text }], catalog);
      for (const fact of factBase.facts) {
        expect(text.slice(fact.quote.start, fact.quote.end), page).toBe(fact.quote.text);
        expect(text.slice(fact.evidence.start, fact.evidence.end), page).toBe(fact.evidence.text);
      }
      // Facts are only ever about catalog entities the page names.
      const named = new Set(matcher.findMentions(text).map((m) => m.entityId));
      expect(
        factBase.facts.filter((f) => !named.has(f.entityId)),
        page,
      ).toEqual([]);
    }
  });
});

if (!available) {
  describe('the pipeline on real pages', () => {
    it.skip(`skipped: ${PAGES} is absent (it sits beside the project in ../shared)`, () => {});
  });
}
