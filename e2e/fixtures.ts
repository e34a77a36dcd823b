import { join } from 'node:path';
import { type BrowserContext, test as base, type Worker } from '@playwright/test';
import { type ExtensionBrowser, launchExtensionBrowser } from './helpers/extension-browser';
import { type StaticServer, startStaticServer } from './helpers/static-server';

interface ExtensionFixtures {
  /** A fresh Chromium profile with the built extension loaded, closed after the test. */
  browserWithExtension: ExtensionBrowser;
  /** A fresh Chromium profile with the built extension loaded (replaces Playwright's `context`). */
  context: BrowserContext;
  /** The extension's background service worker, once it has started. */
  serviceWorker: Worker;
  /** The extension's id: the host of its chrome-extension:// URLs. */
  extensionId: string;
}

interface ServerFixtures {
  /** Serves e2e/fixtures-pages/ over HTTP, because content scripts do not run on data: URLs. */
  server: StaticServer;
}

/** Playwright's `test` with the built extension loaded and a local page server. */
export const test = base.extend<ExtensionFixtures, ServerFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
  browserWithExtension: async ({}, use) => {
    const browser = await launchExtensionBrowser();
    await use(browser);
    await browser.close();
  },
  context: async ({ browserWithExtension }, use) => use(browserWithExtension.context),
  serviceWorker: async ({ browserWithExtension }, use) => use(browserWithExtension.serviceWorker),
  extensionId: async ({ browserWithExtension }, use) => use(browserWithExtension.extensionId),
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires a destructuring pattern here.
    async ({}, use) => {
      const server = await startStaticServer(join(import.meta.dirname, 'fixtures-pages'));
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
