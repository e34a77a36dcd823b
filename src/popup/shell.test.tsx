// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from './App';
import { BOX_ID, POPUP_SHELL, startShell, takeOverShell } from './shell';

// popup.html as written, and as the build serves it: the shell script's element names the app's entry
// and the modules to preload (src/build/shell-page-plugin.ts).
const SOURCE = readFileSync(join(import.meta.dirname, '../../entrypoints', POPUP_SHELL.page), 'utf8');
const BODY = SOURCE.slice(SOURCE.indexOf('<body>') + 6, SOURCE.indexOf('</body>'));
const APP_URL = '/chunks/popup-app.js';
const SHELL_SCRIPT = `<script id="${POPUP_SHELL.shellId}" data-app="${APP_URL}" data-preload="/chunks/a.js /chunks/b.js"></script>`;

const box = () => document.getElementById(BOX_ID) as HTMLInputElement;
const press = (key: string) =>
  box().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const type = (text: string) => {
  box().value = text;
  box().dispatchEvent(new InputEvent('input', { bubbles: true }));
};
/** Lets the app's effects and requests run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the popup shell', () => {
  let load: ReturnType<typeof vi.fn<(url: string) => Promise<unknown>>>;
  beforeEach(() => {
    fakeBrowser.reset();
    document.head.innerHTML = '';
    document.body.innerHTML = BODY + SHELL_SCRIPT;
    load = vi.fn(() => Promise.resolve());
  });
  afterEach(() => render(null, document.body));

  it('styles the page, focuses the box and records when it was usable, then loads the app', () => {
    startShell(document, 'main { color: red }', load);
    expect(document.activeElement).toBe(box());
    expect(document.head.querySelector('style')?.textContent).toBe('main { color: red }');
    expect(performance.getEntriesByName('popup-ready')).toHaveLength(1);
    expect(load).toHaveBeenCalledWith(new URL(APP_URL, document.baseURI).href);
    const preloads = [...document.head.querySelectorAll('link[rel="modulepreload"]')];
    expect(preloads.map((link) => link.getAttribute('href'))).toEqual(['/chunks/a.js', '/chunks/b.js']);
  });

  it('keeps what was typed and asked before the app came, and the app keeps the same elements', async () => {
    const sent = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockImplementation(() => Promise.resolve({ ok: false, error: 'not here' }) as never);
    startShell(document, '', load);
    const [shellBox, heading] = [box(), document.querySelector('h1')];
    type('alipay users');
    press('Enter');
    const root = document.getElementById('app') as HTMLElement;
    render(<App {...takeOverShell(document)} />, root);
    // The same nodes: focus, caret and text stay where the reader left them.
    expect(box()).toBe(shellBox);
    expect(document.querySelector('h1')).toBe(heading);
    expect(document.activeElement).toBe(shellBox);
    expect(box().value).toBe('alipay users');
    expect(box().getAttribute('aria-controls')).toBe('suggestions');
    expect(document.getElementById('suggestions')).not.toBeNull();
    await settle();
    expect(sent).toHaveBeenCalledWith({ type: 'qa/ask', question: 'alipay users' });
    // Once the app has the box, Enter is the app's alone: asked once more, not kept again.
    press('Enter');
    await settle();
    const asks = sent.mock.calls.filter((call) => (call[0] as unknown as { type: string }).type === 'qa/ask');
    expect(asks).toHaveLength(2);
    expect(takeOverShell(document)).toEqual({ question: 'alipay users' });
  });

  it('keeps nothing when Enter came with an empty box', () => {
    startShell(document, '', load);
    press('Enter');
    expect(takeOverShell(document)).toEqual({ question: '' });
  });

  it('says so when the app cannot load', async () => {
    startShell(document, '', () => Promise.reject(new Error('no such file')));
    await settle();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('The popup could not load: Error: no such file');
  });

  describe('in a rehearsal (src/extension/rehearse-popup.ts)', () => {
    beforeEach(() => history.replaceState(null, '', '?rehearsal'));
    afterEach(() => history.replaceState(null, '', location.pathname));

    it("fetches the app's modules, runs none of them, then closes the page", async () => {
      const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
      startShell(document, '', load);
      expect(load).not.toHaveBeenCalled();
      const preloads = [...document.head.querySelectorAll('link[rel="modulepreload"]')];
      expect(preloads.map((link) => link.getAttribute('href'))).toEqual([APP_URL, '/chunks/a.js', '/chunks/b.js']);
      for (const link of preloads.slice(1)) link.dispatchEvent(new Event('load'));
      await settle();
      expect(close).not.toHaveBeenCalled();
      preloads[0]?.dispatchEvent(new Event('error'));
      await settle();
      expect(close).toHaveBeenCalledTimes(1);
    });
  });

  it('says so when the page does not name its app', () => {
    document.getElementById(POPUP_SHELL.shellId)?.remove();
    startShell(document, '', load);
    expect(load).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('no #popup-shell script naming its app');
  });
});
