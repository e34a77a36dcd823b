import type { BrowserContext, Page } from '@playwright/test';
import { CARD_HOST } from '../../src/content/card-bridge';

/** The page's markup twice: as its served HTML parses, and as the live DOM stands minus our card host. */
export interface DomPair {
  served: string;
  live: string;
}

/**
 * Parses the HTML the server sent for this page (fetched again, decoded in the page's own encoding)
 * and serialises it next to the live DOM with the `<fact-lens-card>` host removed. For pages without
 * scripts of their own, the two are equal unless something else changed the DOM. Not for pages with
 * `<noscript>`: DOMParser parses with scripting off, so it builds a different tree for those.
 */
export function servedAndLiveDom(page: Page): Promise<DomPair> {
  return page.evaluate(async (host) => {
    const bytes = await (await fetch(location.href)).arrayBuffer();
    const html = new TextDecoder(document.characterSet).decode(bytes);
    const served = new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML;
    const live = document.documentElement.cloneNode(true) as Element;
    for (const el of live.querySelectorAll(host)) el.remove();
    return { served, live: live.outerHTML };
  }, CARD_HOST);
}

const SNAPSHOT = '__factLensE2eDomAtLoad';

/**
 * Makes every page of `target` keep its markup as it stood at DOMContentLoaded. Content scripts that
 * run at `document_idle` start after that event, so the copy is the DOM before Fact Lens touched it.
 */
export async function keepDomAtLoad(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript((key) => {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        (window as unknown as Record<string, string>)[key] = document.documentElement.outerHTML;
      },
      { once: true },
    );
  }, SNAPSHOT);
}

/** Where the live DOM (minus our card host) first departs from the DOMContentLoaded copy. */
export interface DomChange {
  at: number;
  atLoad: string;
  now: string;
}

/**
 * Compares the DOM now with the copy `keepDomAtLoad` made; undefined when they are the same, else the
 * first difference with some context. Compared in the page: real pages run to megabytes.
 */
export function changeSinceLoad(page: Page): Promise<DomChange | undefined> {
  return page.evaluate(
    ([key, host]) => {
      const atLoad = (window as unknown as Record<string, string | undefined>)[key];
      if (atLoad === undefined) return { at: -1, atLoad: '(no copy was made at DOMContentLoaded)', now: '' };
      const live = document.documentElement.cloneNode(true) as Element;
      for (const el of live.querySelectorAll(host)) el.remove();
      const now = live.outerHTML;
      if (now === atLoad) return undefined;
      let at = 0;
      while (at < now.length && now[at] === atLoad[at]) at++;
      return {
        at,
        atLoad: atLoad.slice(Math.max(0, at - 80), at + 120),
        now: now.slice(Math.max(0, at - 80), at + 120),
      };
    },
    [SNAPSHOT, CARD_HOST] as const,
  );
}
