import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledSites, siteOf, toggleSite } from './site-settings';

describe('per-site highlighting', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on by default, and a toggle turns it off and on again, remembered in storage', async () => {
    expect(await disabledSites.getValue()).toEqual([]);
    expect(await toggleSite('example.com')).toBe(false);
    expect(await disabledSites.getValue()).toEqual(['example.com']);
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({ disabledSites: ['example.com'] });
    expect(await toggleSite('other.org')).toBe(false);
    expect(await toggleSite('example.com')).toBe(true);
    expect(await disabledSites.getValue()).toEqual(['other.org']);
  });

  it('keys sites by host name', () => {
    expect(siteOf('https://www.scmp.com/tech/article/1?x=1#p')).toBe('www.scmp.com');
    expect(siteOf('not a url')).toBe('not a url');
  });
});
