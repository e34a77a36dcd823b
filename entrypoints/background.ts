import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { factBase } from '../src/extension/fact-base';
import { createHandlers } from '../src/messaging/handlers';
import { listen } from '../src/messaging/listen';

export default defineBackground(() => {
  listen(browser.runtime.onMessage, createHandlers(factBase));
});
