import type { BrowserContext } from '@playwright/test';
import { waitForSettledHighlights } from '../../e2e/helpers/highlight-ranges';
import { extensionTasks, startTrace, stopTrace } from '../../e2e/helpers/main-thread-trace';

/** What Fact Lens cost one page, from navigation until its highlights settled. */
export interface LensMeasure {
  /** The main-thread tasks in which our content script ran, summed: the page's time spent on us. */
  ms: number;
  /** Of those tasks, the time our own script ran (the longest stretch in each), summed. */
  scriptMs: number;
  tasks: number;
  /** The longest of those tasks, in wall time and in the main thread's own time (waiting for a core not counted). */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** Highlighted names (claims not counted: mark.js has nothing like them). */
  mentions: number;
  /** Highlighted claims, checked against the article. */
  claims: number;
}

/**
 * Opens `url` in a new tab of the browser with Fact Lens, traced from just before the navigation
 * until its highlights have stayed the same for 300 ms, and adds up the tasks our content script ran
 * in (`extensionTasks`). Whole tasks, not only our script's part of them: that is what the page waits
 * for, and it counts our start-up (evaluating the bundle, compiling the names) as ours too.
 */
export async function measureLens(context: BrowserContext, extensionId: string, url: string): Promise<LensMeasure> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let tracing = false;
  try {
    await startTrace(cdp);
    tracing = true;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
    const { ranges } = await waitForSettledHighlights(page, { quietMs: 300, timeout: 15_000 });
    tracing = false;
    const tasks = extensionTasks(await stopTrace(cdp), extensionId);
    const claims = ranges.filter((r) => r.kind.startsWith('claim-')).length;
    return {
      ms: tasks.reduce((sum, t) => sum + t.duration, 0),
      scriptMs: tasks.reduce((sum, t) => sum + t.script, 0),
      tasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longestTaskCpuMs: Math.max(0, ...tasks.map((t) => t.cpu)),
      mentions: ranges.length - claims,
      claims,
    };
  } finally {
    // Chrome allows one trace at a time: end one that measuring never reached.
    if (tracing) await stopTrace(cdp).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
