import { browser } from 'wxt/browser';
import { runSpotCommand } from '../content/card-bridge';
import { createHandlers, type Sender } from '../messaging/handlers';
import { listen } from '../messaging/listen';
import { factBase } from './fact-base';
import { qa, warmUp } from './qa';
import { rehearsePopup } from './rehearse-popup';

/** Keyboard commands (see `commands` in wxt.config.ts) and what each runs in the active tab. */
const COMMANDS: Record<string, 'toggle' | 'next'> = {
  'toggle-highlights': 'toggle',
  'next-mention': 'next',
};

/** Injects the hover card's script into the frame that asked for it. */
async function injectCard(sender: Sender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('no tab');
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: ['/content-scripts/card.js'],
  });
}

/** Wires the background: answers messages, forwards keyboard commands to the active tab. */
export function startBackground(): void {
  const articleUrl = (passageId: string, quote?: { start: number; end: number }) =>
    `${browser.runtime.getURL('/article.html')}${quote ? `?q=${quote.start}-${quote.end}` : ''}#${passageId}`;
  const openTab = async (url: string) => void (await browser.tabs.create({ url }));
  const setBadge = async (tabId: number, text: string) => {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await browser.action.setBadgeText({ tabId, text });
  };
  listen(browser.runtime.onMessage, createHandlers(factBase, { articleUrl, injectCard, openTab, qa, setBadge }));
  // Build the answer engine (about a second when the worker is cold) before anyone asks.
  setTimeout(warmUp, 0);
  // Open the popup's page once, unseen, so that a reader's first opening is as quick as later ones.
  rehearsePopup().catch((error) => console.warn('Fact Lens: the popup was not rehearsed:', error));
  browser.commands.onCommand.addListener(async (command) => {
    const action = COMMANDS[command];
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!action || tab?.id === undefined) return;
    // A call into the content script's world, not a message: nothing to forge, nothing to validate.
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, func: runSpotCommand, args: [action] })
      .catch(() => undefined);
  });
}
