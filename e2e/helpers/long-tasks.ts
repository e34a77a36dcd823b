import type { BrowserContext, Page } from '@playwright/test';

const KEY = '__factLensE2eLongTasks';

/** A task of 50 ms or more on the page's main thread, as the Long Tasks API saw it. */
export interface LongTask {
  start: number;
  duration: number;
}

/**
 * Makes every page of `context` record its long tasks from the start (buffered), whoever caused them:
 * the API gives no attribution within a frame. See `extensionTasks` for the tasks that are ours.
 */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as Record<string, unknown>)[key] = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }, KEY);
}

/** The long tasks recorded on this page so far. */
export function readLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate((key) => (window as unknown as Record<string, LongTask[]>)[key] ?? [], KEY);
}
