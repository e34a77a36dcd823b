import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { assertPrerequisites, CHROMIUM_PATH, EXTENSION_PATH } from './helpers/prerequisites';
import { type StaticServer, startStaticServer } from './helpers/static-server';

interface ExtensionFixtures {
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
  context: async ({}, use) => {
    assertPrerequisites();
    const profile = await mkdtemp(join(tmpdir(), 'fact-lens-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
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
