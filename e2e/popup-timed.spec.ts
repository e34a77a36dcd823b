import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { type PopupTimes, ToolbarPopup } from './helpers/toolbar-popup';
import { AskPopup } from './pages/ask-popup';
import { HighlightedPage } from './pages/highlighted-page';

// The popup's tests that print its speed (issue 5). They run without Playwright's trace: recording it
// (screenshots and DOM snapshots as the test goes) slowed every opening of the popup by about 30 ms
// on this machine, and that is what they measure.
test.use({ trace: 'off' });

const SCREENSHOTS = join(import.meta.dirname, '../docs/screenshots');

/** Waits for the answer engine to be built in the background, as it is long before a user asks. */
async function warm(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('combobox').fill('Alipay');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.close();
}

test.describe('the popup, timed', () => {
  test('answers questions from the evaluation set with their citations, quickly', async ({
    context,
    page,
    extensionId,
  }) => {
    await warm(context, extensionId);
    const popup = await AskPopup.open(page, extensionId);
    await expect(popup.box).toBeFocused();
    const cases: [string, string, string][] = [
      [
        'How many users does Alipay have?',
        'more than 520 million',
        'South China Morning Post, 12 Nov 2017, paragraph 17',
      ],
      ['alipya users', 'more than 520 million', 'paragraph 17'],
      ['When was Aliyun founded?', '2009', 'paragraph 13'],
      [
        'Which markets does AliExpress operate in?',
        'Russia, Spain, the Netherlands, Brazil and the US',
        'paragraph 28',
      ],
      ['How much has Alibaba invested in Lazada?', 'US$2 billion', 'paragraph 24'],
    ];
    for (const [question, answer, source] of cases) {
      await popup.ask(question);
      await expect(popup.answer.locator('.short')).toHaveText(answer);
      await expect(popup.answer).toContainText(source);
      await expect(popup.answer.locator('mark')).not.toBeEmpty();
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'popup.png') });
    // The questions are kept: re-asked from the history, and cleared.
    const history = page.getByRole('region', { name: 'Recent questions' }).getByRole('button');
    await expect(history.first()).toHaveText(cases.at(-1)?.[0] ?? '');
    await history.filter({ hasText: 'When was Aliyun founded?' }).click();
    await expect(popup.answer.locator('.short')).toHaveText('2009');
    const measures = await popup.measures();
    const ready = measures['popup-ready']?.[0] ?? Number.NaN;
    const asks = measures.ask ?? [];
    // Issue 5 asks ≤ 50 ms from Enter to the answer: printed, not asserted. Its ≤ 100 ms to a usable
    // box is the toolbar popup's, printed by the next test: this page is popup.html in a tab, whose
    // navigation from a blank page to the extension's process is no part of a popup's opening.
    console.log(
      `popup: answers rendered in ${asks.map((a) => a.toFixed(1)).join(', ')} ms after Enter (max ${Math.max(...asks).toFixed(1)} ms); popup.html in a tab had its box usable ${ready.toFixed(1)} ms after the tab began loading it`,
    );
    expect(asks).toHaveLength(cases.length + 1);
    await page.getByRole('button', { name: 'Clear history' }).click();
    await expect(page.getByRole('region', { name: 'Recent questions' })).toHaveCount(0);
    expect(popup.errors).toEqual([]);
  });

  test('opens from the toolbar with the question box focused', async ({ page, serviceWorker, server }) => {
    const article = await HighlightedPage.open(page, server.url('scmp-article.html'));
    // A reader opens the popup once the page has been read: the worker has built the answer engine
    // (its first task, about a second) and checked the page's claims, and the highlights are still.
    await serviceWorker.evaluate(() => undefined);
    await article.settled();
    const times: PopupTimes[] = [];
    for (let i = 0; i < 6; i++) {
      const popup = await ToolbarPopup.open(serviceWorker, page);
      times.push(await popup.readyMs());
      expect(await popup.evaluate('document.activeElement?.getAttribute("role")')).toBe('combobox');
      expect(await popup.evaluate('document.querySelector("h1")?.textContent')).toBe('Fact Lens');
      // The app has taken over the shell's box: its suggestion list is there.
      expect(await popup.evaluate('document.getElementById("suggestions")?.getAttribute("role")')).toBe('listbox');
      await popup.close();
    }
    // Issue 5 asks ≤ 100 ms from opening to a usable box: printed, not asserted. The first opening
    // is the reader's first in this browser (the worker's unseen rehearsal came before it: see
    // src/extension/rehearse-popup.ts). "script" is when our first script ran (the time before it is
    // the browser's), "app" when the app took over the box.
    const [first, ...rest] = times;
    const later = rest.map((t) => t.ready).sort((a, b) => a - b);
    const ms = (t: number | undefined) => (t ?? Number.NaN).toFixed(1);
    console.log(
      `toolbar popup: usable box after ${ms(first?.ready)} ms when first opened (script ran at ${ms(first?.script)} ms, app at ${ms(first?.app)} ms); then median ${ms(later[2])} ms, max ${ms(later.at(-1))} ms (${times.map((t) => [t.ready, t.script, t.app].map((x) => x.toFixed(0)).join('/')).join(', ')} ms, usable/script/app)`,
    );
  });
});
