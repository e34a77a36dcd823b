import type { CDPSession, Page, Worker } from '@playwright/test';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** When, in ms after its opening began, the popup reached each step (see `ToolbarPopup.readyMs`). */
export interface PopupTimes {
  ready: number;
  script: number;
  app: number;
}

/**
 * The extension's real toolbar popup, as a user opens it: `chrome.action.openPopup()` from the
 * service worker. Playwright lists no page for a popup (it is not a tab), so it is reached through
 * the DevTools protocol's target messages; `evaluate` runs an expression in it.
 */
export class ToolbarPopup {
  private nextId = 1;

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {}

  /** Opens the popup over the active tab of `page`'s window and attaches to it. */
  static async open(serviceWorker: Worker, page: Page): Promise<ToolbarPopup> {
    const cdp = await page.context().newCDPSession(page);
    await page.bringToFront();
    await serviceWorker.evaluate(async () => {
      const { action } = (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome;
      await action.openPopup();
    });
    let popup: TargetInfo | undefined;
    for (let tries = 0; !popup && tries < 100; tries++) {
      popup = await findPopup(cdp);
      if (!popup) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!popup) throw new Error('The toolbar popup did not open');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as {
      sessionId: string;
    };
    return new ToolbarPopup(cdp, sessionId);
  }

  /** The value of `expression` in the popup (JSON-serialisable values only). */
  async evaluate<T>(expression: string): Promise<T> {
    const id = this.nextId++;
    const reply = new Promise<{ result?: { result: { value: T } }; error?: { message: string } }>((resolve) => {
      const listener = (event: { sessionId: string; message: string }) => {
        const message = JSON.parse(event.message);
        if (event.sessionId !== this.sessionId || message.id !== id) return;
        this.cdp.off('Target.receivedMessageFromTarget', listener);
        resolve(message);
      };
      this.cdp.on('Target.receivedMessageFromTarget', listener);
    });
    const params = { expression, returnByValue: true, awaitPromise: true };
    await this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
    });
    const { result, error } = await reply;
    if (!result) throw new Error(`Evaluating in the popup failed: ${error?.message}`);
    return result.result.value;
  }

  /**
   * Milliseconds from opening to a usable question box (the popup's own "popup-ready" measure), to
   * the start of its first script (the "popup-script" mark: the browser's share of the wait), and to
   * the app's taking over the box ("popup-app": suggestions and answers from then on).
   */
  async readyMs(): Promise<PopupTimes> {
    const expression = `(() => {
      const ready = performance.getEntriesByName('popup-ready')[0]?.duration;
      const script = performance.getEntriesByName('popup-script')[0]?.startTime;
      const app = performance.getEntriesByName('popup-app')[0]?.duration;
      return ready === undefined || script === undefined || app === undefined ? null : { ready, script, app };
    })()`;
    for (let tries = 0; tries < 100; tries++) {
      const times = await this.evaluate<PopupTimes | null>(expression);
      if (times) return times;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The popup never said it was ready');
  }

  /** Closes the popup, as clicking elsewhere does, and waits until it is gone. */
  async close(): Promise<void> {
    // No reply comes from a page that closes itself: send, do not wait.
    const message = { id: this.nextId++, method: 'Runtime.evaluate', params: { expression: 'window.close()' } };
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify(message) });
    for (let tries = 0; tries < 100 && (await findPopup(this.cdp)); tries++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await this.cdp.detach().catch(() => undefined);
  }
}

/** The popup's target, if one is open. */
async function findPopup(cdp: CDPSession): Promise<TargetInfo | undefined> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.find((t) => t.type === 'page' && new URL(t.url).pathname === '/popup.html');
}
