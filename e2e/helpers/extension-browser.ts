import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { assertPrerequisites, CHROMIUM_PATH, EXTENSION_PATH } from './prerequisites';

/** A Chromium profile with the built extension loaded, for tests that share one browser. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's background service worker, and the host of its chrome-extension:// URLs. */
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Launches Debian's (or CHROMIUM_PATH's) Chromium headless with the built extension (or the one at
 * `extensionPath`) in a fresh profile, plus `extraArgs`, and waits for the extension's service worker.
 */
export async function launchExtensionBrowser(
  extraArgs: readonly string[] = [],
  extensionPath = EXTENSION_PATH,
): Promise<ExtensionBrowser> {
  assertPrerequisites();
  const profile = await mkdtemp(join(tmpdir(), 'fact-lens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    serviceWorker,
    extensionId: new URL(serviceWorker.url()).host,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
