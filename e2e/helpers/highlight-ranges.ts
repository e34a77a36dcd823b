import { expect, type Page } from '@playwright/test';
import { PREFIX } from '../../src/content/highlights';

/** One range Fact Lens highlights, as a reader sees it: its kind and the words it covers. */
export interface HighlightedRange {
  /** The highlight's name without the prefix: `fact-lens-affiliate` gives `affiliate`. */
  kind: string;
  /** The words under the highlight, white space collapsed. */
  text: string;
  /** False for a range left behind on text that changed or left the page (collapsed or detached). */
  live: boolean;
}

/**
 * Every Fact Lens highlight on the page, in document order, read from `CSS.highlights` in the page's
 * own world: the registry belongs to the document, so the content script's ranges show here too.
 * With `within`, only the ranges that start inside the first element matching that selector.
 */
export function readHighlights(page: Page, within?: string): Promise<HighlightedRange[]> {
  return page.evaluate(
    ([prefix, selector]) => {
      const root = selector ? document.querySelector(selector) : document;
      const found: { kind: string; range: AbstractRange }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith(`${prefix}-`)) continue;
        for (const range of highlight) found.push({ kind: name.slice(prefix.length + 1), range });
      }
      const order = (a: AbstractRange, b: AbstractRange) => {
        if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
        return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      };
      return found
        .filter(({ range }) => root?.contains(range.startContainer))
        .sort((a, b) => order(a.range, b.range))
        .map(({ kind, range }) => ({
          kind,
          text: (range instanceof Range ? range.toString() : '').replace(/\s+/g, ' '),
          live: !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected,
        }));
    },
    [PREFIX, within] as const,
  );
}

/** How many of `items` share each key: `countBy(ranges, (r) => r.kind)` counts ranges per kind. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Whether the content script has started on this page: it adopts its highlight style sheet first
 * thing, before it reads any text. A page with no mentions looks the same before and after a scan,
 * so waiting for highlights alone could not tell "found nothing" from "has not run".
 */
export function contentScriptStarted(page: Page): Promise<boolean> {
  return page.evaluate(
    (prefix) =>
      document.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes(`::highlight(${prefix}-`)),
      ),
    PREFIX,
  );
}

/**
 * Scrolls the `nth` highlighted range whose words are `text` into view and returns the middle of its
 * first line box, in viewport coordinates; undefined when there is no such range.
 */
export function pointAtMention(page: Page, text: string, nth: number): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(
    ([prefix, wanted, index]) => {
      const matches: Range[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith(`${prefix}-`)) continue;
        for (const range of highlight)
          if (range instanceof Range && range.toString().replace(/\s+/g, ' ') === wanted) matches.push(range);
      }
      matches.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = matches[index];
      if (!range) return undefined;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [PREFIX, text, nth] as const,
  );
}

/**
 * Waits until the content script has started and the page's highlights have not changed for
 * `quietMs` (scanning is chunked over many tasks), and returns them with the time they last changed.
 */
export async function waitForSettledHighlights(
  page: Page,
  { quietMs = 300, timeout = 10_000 }: { quietMs?: number; timeout?: number } = {},
): Promise<{ ranges: HighlightedRange[]; changedAt: number }> {
  await expect.poll(() => contentScriptStarted(page), { message: 'Fact Lens starts on the page', timeout }).toBe(true);
  let last = '';
  let changedAt = Date.now();
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await readHighlights(page));
        if (now !== last) [last, changedAt] = [now, Date.now()];
        return Date.now() - changedAt >= quietMs;
      },
      { message: `highlights stay the same for ${quietMs} ms`, intervals: [50], timeout },
    )
    .toBe(true);
  return { ranges: JSON.parse(last) as HighlightedRange[], changedAt };
}
