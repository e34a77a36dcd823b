import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../src/content/run';

// Spots Alibaba units on every page. It bundles neither the fact base nor the search index: it
// asks the background for the names to look for and, on hover, for a card (src/messaging).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(ctx);
  },
});
