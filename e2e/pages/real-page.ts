import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { changeSinceLoad, type DomChange } from '../helpers/dom-snapshot';
import { collectExtensionErrors, type ErrorLog } from '../helpers/extension-errors';
import { countBy, waitForSettledHighlights } from '../helpers/highlight-ranges';
import { type LongTask, readLongTasks } from '../helpers/long-tasks';
import { type ExtensionTask, extensionTasks, startTrace, stopTrace } from '../helpers/main-thread-trace';

/** The Long Tasks API's threshold (https://w3c.github.io/longtasks/): longer tasks delay input noticeably. */
export const LONG_TASK_MS = 50;

/** What Fact Lens did on one real page, measured once its highlights had settled. */
export interface RealPageReport {
  mentions: number;
  byKind: Record<string, number>;
  /** How often each highlighted text occurs: on pages about something else, likely false positives. */
  texts: Record<string, number>;
  /** Wall-clock ms from starting the navigation to the last change of the highlights. */
  msToStableHighlights: number;
  /** Ms from the start of the trace (just before navigating) to the end of our last task. */
  msToLastExtensionTask: number;
  /** Tasks in which our content script ran, and the longest of them in wall time and in the thread's own time. */
  extensionTasks: number;
  maxExtensionTaskMs: number;
  maxExtensionTaskCpuMs: number;
  /**
   * Of those, the tasks in which the main thread worked over 50 ms: what our code costs the page,
   * without the time a busy machine kept the thread waiting for a core (wall time is reported too).
   */
  longExtensionTasks: ExtensionTask[];
  /** Long tasks the Long Tasks API saw on the page, ours or not (parsing, layout). */
  allLongTasks: number;
  maxLongTaskMs: number;
  /** Where the DOM stopped matching its DOMContentLoaded copy, if it did. */
  domChange: DomChange | undefined;
  /** Errors from Fact Lens, and a count of the page's own. */
  errors: string[];
  pageOwnErrors: number;
}

/**
 * A real web page opened in a browser shared by many tests, traced from before navigation until
 * its highlights settle. The context must already keep the DOM at load and record long tasks.
 */
export class RealPage {
  private tracing = true;

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly errors: ErrorLog,
    private readonly extensionId: string,
    private readonly startedAt: number,
  ) {}

  /** Opens `url` in a new tab of `context`, tracing from just before the navigation. */
  static async open(context: BrowserContext, extensionId: string, url: string): Promise<RealPage> {
    const page = await context.newPage();
    const errors = collectExtensionErrors(page, extensionId);
    const cdp = await context.newCDPSession(page);
    await startTrace(cdp);
    const real = new RealPage(page, cdp, errors, extensionId, Date.now());
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
    } catch (error) {
      await real.close();
      throw error;
    }
    return real;
  }

  /** Waits for the highlights to settle, then measures. */
  async measure(): Promise<RealPageReport> {
    const { ranges, changedAt } = await waitForSettledHighlights(this.page, { quietMs: 300, timeout: 15_000 });
    this.tracing = false;
    const ours = extensionTasks(await stopTrace(this.cdp), this.extensionId);
    const longTasks: LongTask[] = await readLongTasks(this.page);
    return {
      mentions: ranges.length,
      byKind: countBy(ranges, (r) => r.kind),
      texts: countBy(ranges, (r) => r.text),
      msToStableHighlights: changedAt - this.startedAt,
      msToLastExtensionTask: Math.round(Math.max(0, ...ours.map((t) => t.start + t.duration))),
      extensionTasks: ours.length,
      maxExtensionTaskMs: Math.round(Math.max(0, ...ours.map((t) => t.duration))),
      maxExtensionTaskCpuMs: Math.round(Math.max(0, ...ours.map((t) => t.cpu))),
      longExtensionTasks: ours.filter((t) => t.cpu > LONG_TASK_MS),
      allLongTasks: longTasks.length,
      maxLongTaskMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
      domChange: await changeSinceLoad(this.page),
      errors: [...this.errors.ours],
      pageOwnErrors: this.errors.pageOwn,
    };
  }

  /** Closes the page, ending the trace if measuring never did (Chrome allows one trace at a time). */
  async close(): Promise<void> {
    if (this.tracing) await stopTrace(this.cdp).catch(() => undefined);
    await this.cdp.detach().catch(() => undefined);
    await this.page.close();
  }
}
