import { browser } from 'wxt/browser';
import { readSpotSummary, runSpotCommand, type SpotSummary } from '../content/card-bridge';
import { disabledSites, siteOf } from '../content/site-settings';

/**
 * The tab the popup is about: the active one, or the one named by `?tab=ID` in the popup's URL (so
 * the popup can be opened for a tab from a test or a tab of its own).
 */
async function targetTab() {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** What the popup shows of a tab: its site, and its units and checked claims. */
export type TabPage = SpotSummary & { site: string };

/** The tab's units and claims, read from its content script; null where Fact Lens does not run. */
export async function readActiveTab(): Promise<TabPage | null> {
  const tab = await targetTab();
  if (tab?.id === undefined || !/^https?:/.test(tab.url ?? '')) return null;
  const site = siteOf(tab.url ?? '');
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: readSpotSummary });
    const summary = frame?.result as ReturnType<typeof readSpotSummary> | undefined;
    if (!summary) return { site, enabled: !(await disabledSites.getValue()).includes(site), units: [], claims: [] };
    return { site, ...summary };
  } catch {
    return null;
  }
}

/** Scrolls the active tab to the next mention of a unit and opens its card. */
export async function jumpTo(entityId: string): Promise<void> {
  const tab = await targetTab();
  if (tab?.id !== undefined)
    await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: runSpotCommand,
      args: ['next', entityId],
    });
}

/** Turns highlighting on a site on or off; the site's content script follows the setting. */
export async function setSite(site: string, enabled: boolean): Promise<void> {
  const off = (await disabledSites.getValue()).filter((s) => s !== site);
  await disabledSites.setValue(enabled ? off : [...off, site]);
}
