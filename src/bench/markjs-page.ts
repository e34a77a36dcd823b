import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from '@playwright/test';
import type Mark from 'mark.js';
import { startTrace, stopTrace } from '../../e2e/helpers/main-thread-trace';
import { MARK_OPTIONS, type MarkGroup } from './mark-terms';

/** What mark.js cost one page to mark the same names. */
export interface MarkMeasure {
  /** From `new Mark(document.body)` to the last `done` callback, by the page's clock. */
  ms: number;
  /** The same, plus the style and layout its new `<mark>` elements force (read back at once). */
  withLayoutMs: number;
  /** Marked names: the sum of the counts the `done` callbacks give. */
  mentions: number;
}

/** mark.js as a web page would load it: the package's minified browser build. */
const MARK_JS = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

/**
 * Opens `url` in a new tab of a browser without Fact Lens, adds mark.js to the page's world, and
 * marks every group of terms in turn, timed in the page. mark.js is evaluated through the DevTools
 * protocol, which the page's Content-Security-Policy does not block, and before the clock starts:
 * Fact Lens's bundle is evaluated inside its measured time, so the comparison leans, if anything,
 * towards mark.js. The page is traced meanwhile, with the categories Fact Lens's pages are traced
 * with, so both run under the same tracing overhead.
 */
export async function measureMarkJs(context: BrowserContext, url: string, groups: MarkGroup[]): Promise<MarkMeasure> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    await page.evaluate(MARK_JS);
    await startTrace(cdp);
    const measure = await page.evaluate(runMarkJs, { groups, options: MARK_OPTIONS });
    await stopTrace(cdp);
    return measure;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** Runs in the page: marks each group (one case rule per mark.js call), each call started from the last one's `done`. */
function runMarkJs({ groups, options }: { groups: MarkGroup[]; options: Mark.MarkOptions }): Promise<MarkMeasure> {
  const MarkJs = (window as unknown as { Mark: typeof Mark }).Mark;
  return new Promise((resolve) => {
    const started = performance.now();
    const instance = new MarkJs(document.body);
    let mentions = 0;
    const markFrom = (i: number) => {
      const group = groups[i];
      if (!group) {
        const ms = performance.now() - started;
        void document.body.offsetHeight;
        resolve({ ms, withLayoutMs: performance.now() - started, mentions });
        return;
      }
      instance.mark(group.terms, {
        ...options,
        caseSensitive: group.caseSensitive,
        done: (count) => {
          mentions += count;
          markFrom(i + 1);
        },
      });
    };
    markFrom(0);
  });
}
