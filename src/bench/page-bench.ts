import { type BrowserContext, chromium } from '@playwright/test';
import { launchExtensionBrowser } from '../../e2e/helpers/extension-browser';
import { ownHostUrl, serveOnOwnHosts } from '../../e2e/helpers/page-hosts';
import { CHROMIUM_PATH } from '../../e2e/helpers/prerequisites';
import { startStaticServer } from '../../e2e/helpers/static-server';
import { type LensMeasure, measureLens } from './lens-page';
import type { MarkGroup } from './mark-terms';
import { type MarkMeasure, measureMarkJs } from './markjs-page';
import type { PageList } from './page-list';

/** Both highlighters on one page; a measure is missing when its run failed, with the reason in `errors`. */
export interface PageResult {
  page: string;
  lens?: LensMeasure;
  mark?: MarkMeasure;
  errors: string[];
}

/**
 * Chrome keeps a spare renderer ready for the next site; one started mid-trace never answers the
 * trace's flush (see e2e/real-pages.spec.ts). Given to both browsers, so that they start pages alike.
 */
const NO_SPARE_RENDERER = '--disable-features=SpareRendererForSitePerProcess';

/**
 * tsx compiles with esbuild's `keepNames`, which wraps functions in calls to a helper `__name`; the
 * functions Playwright sends into a page (the e2e helpers', ours) carry those calls, and the page has
 * no such helper. This gives every page of the context one that does nothing. (Playwright's own test
 * runner compiles without it.)
 */
async function allowKeptNames(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name = (fn) => fn;');
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/**
 * Measures Fact Lens and mark.js on every page, page by page: Fact Lens in a browser with the built
 * extension, mark.js in a browser without it (its content script would otherwise run on mark.js's copy
 * too), both Debian's Chromium, headless, each page on a host of its own and served alike.
 */
export async function benchPages(
  { dir, files }: PageList,
  groups: MarkGroup[],
  onPage: (result: PageResult, done: number) => void = () => {},
): Promise<{ results: PageResult[]; browser: string }> {
  const server = await startStaticServer(dir);
  const lens = await launchExtensionBrowser([NO_SPARE_RENDERER]);
  const plain = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', NO_SPARE_RENDERER],
  });
  try {
    const plainContext = await plain.newContext();
    for (const context of [lens.context, plainContext]) {
      await allowKeptNames(context);
      await serveOnOwnHosts(context, server);
    }
    const results: PageResult[] = [];
    for (const [i, file] of files.entries()) {
      const url = ownHostUrl(file);
      const result: PageResult = { page: file, errors: [] };
      const runLens = async () => {
        result.lens = await measureLens(lens.context, lens.extensionId, url).catch((error) => {
          result.errors.push(`Fact Lens: ${firstLine(error)}`);
          return undefined;
        });
      };
      const runMark = async () => {
        result.mark = await measureMarkJs(plainContext, url, groups).catch((error) => {
          result.errors.push(`mark.js: ${firstLine(error)}`);
          return undefined;
        });
      };
      // Which goes first alternates, so that a change in the machine's speed weighs on both alike.
      if (i % 2 === 0) await runLens().then(runMark);
      else await runMark().then(runLens);
      results.push(result);
      onPage(result, i + 1);
    }
    return { results, browser: `Chromium ${plain.version()}` };
  } finally {
    await plain.close();
    await lens.close();
    await server.close();
  }
}
