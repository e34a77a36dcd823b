import { storage } from 'wxt/utils/storage';

/** Sites where the user turned highlighting off; every other site is on (the default). */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

/** The site key of a page: its host name. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** Turns highlighting on a site off if it was on, on if it was off; returns whether it is now on. */
export async function toggleSite(site: string): Promise<boolean> {
  const off = await disabledSites.getValue();
  const enabled = off.includes(site);
  await disabledSites.setValue(enabled ? off.filter((s) => s !== site) : [...off, site]);
  return enabled;
}
