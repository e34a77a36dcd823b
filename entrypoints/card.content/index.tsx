import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCard } from '../../src/card/mount-card';

// The hover card, injected by the background on the first hover (`card/load`), so the script that
// runs on every page stays small: Preact and the card's code load only where a card is wanted.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  main(ctx) {
    startCard(ctx);
  },
});
