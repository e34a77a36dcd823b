/**
 * The popup opens in two steps. popup.html holds the heading and the question box, and its first
 * script, a small classic one (entrypoints/popup-shell.ts), styles them, focuses the box and then
 * fetches and imports the app. The box takes a question before the app (Preact, the suggestions,
 * the answers) has run: in the e2e runs, 25–130 ms before the app had taken it over. The app keeps
 * the same elements: Preact reuses the page's nodes that match its first render, so focus and typed
 * text stay where they are.
 */

/** The question box's id, in popup.html and in the app's AskBox. */
export const BOX_ID = 'question';
/** How the build writes popup.html (src/build/shell-page-plugin.ts): the shell script's element names the app. */
export const POPUP_SHELL = { page: 'popup/index.html', shellScript: '/popup-shell.js', shellId: 'popup-shell' };

/**
 * popup.html's query when the background opens it unseen, as an offscreen document, to rehearse the
 * popup's opening (src/extension/rehearse-popup.ts): the page loads, styles and lays out as it would
 * for a reader and fetches the app's code, but runs none of it, and then closes itself.
 */
export const REHEARSAL = 'rehearsal';

/** Whether `doc` is popup.html opened for a rehearsal (see `REHEARSAL`). */
export const isRehearsal = (doc: Document): boolean => new URLSearchParams(doc.location.search).has(REHEARSAL);

/** What the reader did in the box before the app took over it. */
export interface ShellState {
  /** The text typed so far. */
  question: string;
  /** A question submitted with Enter before the app could answer it. */
  asked?: string;
}

/** Where the shell keeps a question submitted early (a data attribute of the box). */
const ASKED = 'asked';

/**
 * Runs as popup.html's first script: styles the page with `css`, focuses the box (the popup is
 * usable: the "popup-ready" measure), keeps an early Enter for the app, and loads the app through
 * `load`. A failure to load is shown, not swallowed.
 */
export function startShell(doc: Document, css: string, load: (url: string) => Promise<unknown>): void {
  performance.mark('popup-script');
  doc.head.append(Object.assign(doc.createElement('style'), { textContent: css }));
  const box = doc.getElementById(BOX_ID) as HTMLInputElement | null;
  if (box?.tagName !== 'INPUT') throw new Error(`popup.html has no #${BOX_ID} box`);
  box.focus();
  performance.measure('popup-ready', { start: 0, end: performance.now() });
  // Listening on the document, the shell hears Enter after the box's own handler: once the app's
  // AskBox has handled it (and prevented its default), the shell leaves it alone.
  doc.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || e.defaultPrevented || e.target !== box || !box.value.trim()) return;
    e.preventDefault();
    box.dataset[ASKED] = box.value;
  });
  const failed = (why: string) => {
    const p = Object.assign(doc.createElement('p'), { className: 'error', textContent: why });
    p.setAttribute('role', 'alert');
    box.after(p);
  };
  loadApp(doc, load, failed);
}

/**
 * Fetches the app's modules that the shell script's element names, side by side, and imports the
 * app; in a rehearsal, fetches and compiles them but runs none, then closes the page. Not from the
 * page's head: there the fetches held back the shell script and the box (about 28 ms of an opening,
 * in fresh browsers on this machine).
 */
function loadApp(doc: Document, load: (url: string) => Promise<unknown>, failed: (why: string) => void): void {
  const script = doc.getElementById(POPUP_SHELL.shellId);
  const app = script?.dataset.app;
  if (!app) {
    failed(`The popup cannot start: popup.html has no #${POPUP_SHELL.shellId} script naming its app.`);
    return;
  }
  const preload = (href: string) =>
    new Promise<void>((settled) => {
      const link = Object.assign(doc.createElement('link'), { rel: 'modulepreload', href });
      link.onload = link.onerror = () => settled();
      doc.head.append(link);
    });
  const modules = script.dataset.preload?.split(' ').filter(Boolean) ?? [];
  if (isRehearsal(doc)) {
    // An offscreen document has no storage, which the app reads as it starts: nothing of it runs.
    void Promise.all([app, ...modules].map(preload)).then(() => doc.defaultView?.close());
    return;
  }
  for (const href of modules) void preload(href);
  load(new URL(app, doc.baseURI).href).catch((error) => failed(`The popup could not load: ${String(error)}`));
}

/** Called by the app before its first render: what the reader did in the box so far. */
export function takeOverShell(doc: Document): ShellState {
  const box = doc.getElementById(BOX_ID) as HTMLInputElement | null;
  if (!box) return { question: '' };
  const asked = box.dataset[ASKED];
  delete box.dataset[ASKED];
  return { question: box.value, ...(asked?.trim() && { asked }) };
}
