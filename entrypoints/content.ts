import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../src/content/run';

// Spots Alibaba units on every page. It bundles neither the fact base nor the search index: it
// asks the background for the names to look for and, on hover, for a card (src/messaging).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Start in a task of its own. On a page's fresh renderer, parsing this script and compiling what
    // start-up calls cost 10–20 ms each; in one task they came to 20–60 ms, near or over the 50 ms of
    // a long task (measured with a Chrome trace on the 130 real pages, e2e/real-pages.spec.ts).
    ctx.setTimeout(() => void runContentScript(ctx), 0);
  },
});
