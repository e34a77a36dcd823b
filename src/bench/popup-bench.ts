import { join } from 'node:path';
import { launchExtensionBrowser } from '../../e2e/helpers/extension-browser';
import { startStaticServer } from '../../e2e/helpers/static-server';
import { ToolbarPopup } from '../../e2e/helpers/toolbar-popup';
import { type Spread, spreadOf } from './stats';
import { formatTable, ms, numberColumns } from './table';

/** A popup that does the least a popup can: the browser's own share of opening one. */
export const MINIMAL_POPUP = join(import.meta.dirname, 'minimal-popup');
/** Issue 5's target, from opening the popup to a usable question box, in ms. */
export const POPUP_TARGET_MS = 100;

/** Times of one popup's openings: to a usable box, and to its first script (the browser's share). */
export interface PopupFigures {
  name: string;
  /** Each fresh browser's first opening. */
  first: { ready: Spread; script: Spread };
  /** The openings after it. */
  later: { ready: Spread; script: Spread };
}

const FRESH_BROWSERS = 3;
const OPENINGS = 6;

/**
 * Opens the toolbar popup of the extension at `extensionPath` as a reader does, over a page that has
 * finished loading, `OPENINGS` times in each of `FRESH_BROWSERS` new browsers.
 */
export async function benchPopup(name: string, extensionPath: string, pagesDir: string): Promise<PopupFigures> {
  const server = await startStaticServer(pagesDir);
  const first: { ready: number; script: number }[] = [];
  const later: { ready: number; script: number }[] = [];
  try {
    for (let b = 0; b < FRESH_BROWSERS; b++) {
      const browser = await launchExtensionBrowser([], extensionPath);
      try {
        const page = await browser.context.newPage();
        await page.goto(server.url('scmp-article.html'));
        // The worker's first task (Fact Lens builds its answer engine) and the page's reading are over
        // long before a reader reaches for the toolbar.
        await browser.serviceWorker.evaluate(() => undefined);
        await page.waitForTimeout(2000);
        for (let i = 0; i < OPENINGS; i++) {
          const popup = await ToolbarPopup.open(browser.serviceWorker, page);
          (i === 0 ? first : later).push(await popup.readyMs());
          await popup.close();
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  const spread = (list: typeof first) => ({
    ready: spreadOf(list.map((t) => t.ready)),
    script: spreadOf(list.map((t) => t.script)),
  });
  return { name, first: spread(first), later: spread(later) };
}

/** The popups side by side: usable box and first script, first and later openings. */
export function popupTable(rows: readonly PopupFigures[]): string[] {
  return formatTable(
    numberColumns(
      'toolbar popup, ms',
      'first: usable p50',
      'first: usable max',
      'first: script p50',
      'later: usable p50',
      'later: usable p90',
      'later: script p50',
    ),
    rows.map((r) => [
      r.name,
      ms(r.first.ready.p50),
      ms(r.first.ready.max),
      ms(r.first.script.p50),
      ms(r.later.ready.p50),
      ms(r.later.ready.p90),
      ms(r.later.script.p50),
    ]),
  );
}

/** The verdicts on issue 5's target for Fact Lens's popup. */
export function popupVerdicts(lens: PopupFigures, minimal: PopupFigures): string[] {
  const verdict = (value: number) => (value <= POPUP_TARGET_MS ? 'meets the target' : 'MISSES the target');
  return [
    `popup, first opening in a fresh browser: usable after ${ms(lens.first.ready.p50)} ms at the median (target ≤ ${POPUP_TARGET_MS} ms): ${verdict(lens.first.ready.p50)}; a minimal popup's ${ms(minimal.first.ready.p50)} ms`,
    `popup, later openings: usable after ${ms(lens.later.ready.p50)} ms at the median (target ≤ ${POPUP_TARGET_MS} ms): ${verdict(lens.later.ready.p50)}; a minimal popup's ${ms(minimal.later.ready.p50)} ms`,
  ];
}
