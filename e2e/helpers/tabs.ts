import type { Worker } from '@playwright/test';

interface ChromeTabs {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
}

/** The id of the tab showing `url`, asked of the extension's service worker (-1 if none). */
export function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  return serviceWorker.evaluate(async (u) => {
    const { tabs } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    const [tab] = await tabs.query({ url: u });
    return tab?.id ?? -1;
  }, url);
}

/** The toolbar badge's text on the tab showing `url`. */
export function badgeTextOf(serviceWorker: Worker, url: string): Promise<string> {
  return serviceWorker.evaluate(async (u) => {
    const { tabs, action } = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    const [tab] = await tabs.query({ url: u });
    return tab?.id === undefined ? '' : action.getBadgeText({ tabId: tab.id });
  }, url);
}
