import type { Page } from '@playwright/test';

/** Errors a page reported, split into those that came from Fact Lens and the page's own. */
export interface ErrorLog {
  /** Uncaught exceptions, and console errors logged by or about the extension. */
  ours: string[];
  /** Console errors of the page itself (its missing images, blocked scripts…), only counted. */
  pageOwn: number;
}

/**
 * Records the page's errors from now on, for pages whose own scripts are blocked (see real-pages.spec).
 * Every uncaught exception is then ours: nothing else runs script there. A console error is ours when
 * it was logged from one of the extension's scripts, or names the extension; the rest (a missing
 * stylesheet, a script that CSP refused) is the page's own.
 */
export function collectExtensionErrors(page: Page, extensionId: string): ErrorLog {
  const log: ErrorLog = { ours: [], pageOwn: 0 };
  const ours = (text: string) => text.includes(`chrome-extension://${extensionId}`) || /fact.?lens/i.test(text);
  page.on('pageerror', (error) => log.ours.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (ours(message.location().url) || ours(message.text())) log.ours.push(`console.error: ${message.text()}`);
    else log.pageOwn += 1;
  });
  return log;
}
