import { defineContentScript } from 'wxt/utils/define-content-script';

// Skeleton: issue 4 adds spotting and highlighting. It deliberately bundles neither the fact base
// nor the search index; it will ask the background for cards through src/messaging.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {},
});
