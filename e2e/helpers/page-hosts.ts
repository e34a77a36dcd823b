import type { BrowserContext } from '@playwright/test';
import type { StaticServer } from './static-server';

/**
 * The policy saved pages are served with: their own scripts and subresources blocked (content scripts
 * are exempt), so each page is quick and static, and what changes it is ours. See e2e/real-pages.spec.ts.
 */
export const SAVED_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A host name per page (`cnn.html` → `cnn.test`), so that each page is a site, and a renderer process, of its own. */
export const hostOf = (file: string): string => `${file.replace(/\.html$/, '').replace(/[^a-z0-9-]/gi, '-')}.test`;

/**
 * Serves `http://NAME.test/FILE` from `server` with the policy above and refuses every other request
 * (images, fonts, the web) before it leaves the browser. The same routing as e2e/real-pages.spec.ts,
 * except that a request that fails on the way (its page closed meanwhile, the connection reset) is
 * aborted: left to throw, it would be an unhandled rejection, which ends a Node script outright.
 */
export async function serveOnOwnHosts(context: BrowserContext, server: StaticServer): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    try {
      if (!url.hostname.endsWith('.test') || route.request().resourceType() !== 'document') return await route.abort();
      const response = await route.fetch({ url: server.url(url.pathname.slice(1)) });
      const headers = { ...response.headers(), 'content-security-policy': SAVED_PAGE_CSP };
      return await route.fulfill({ response, headers });
    } catch {
      return route.abort().catch(() => undefined);
    }
  });
}

/** The address `serveOnOwnHosts` answers for a file of the served folder. */
export const ownHostUrl = (file: string): string => `http://${hostOf(file)}/${file}`;
