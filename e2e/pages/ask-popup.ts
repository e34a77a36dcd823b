import type { Locator, Page } from '@playwright/test';
import { collectPageErrors } from '../helpers/page-errors';

/** The popup, opened as a tab at popup.html (for the tab `tabId` when given, as if its toolbar button was pressed there). */
export class AskPopup {
  readonly box: Locator;
  readonly answer: Locator;
  readonly units: Locator;
  /** The page's checked claims under On this page. */
  readonly claims: Locator;
  readonly errors: string[];

  private constructor(readonly page: Page) {
    this.box = page.getByRole('combobox', { name: 'Ask about Alibaba’s businesses' });
    this.answer = page.getByTestId('answer');
    this.units = page.getByTestId('units').getByRole('button');
    this.claims = page.getByTestId('claims').getByRole('listitem');
    this.errors = collectPageErrors(page);
  }

  static async open(page: Page, extensionId: string, tabId?: number): Promise<AskPopup> {
    const popup = new AskPopup(page);
    await page.setViewportSize({ width: 400, height: 640 });
    await page.goto(`chrome-extension://${extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
    return popup;
  }

  /** Types a question and presses Enter, as a person does. */
  async ask(question: string): Promise<void> {
    await this.box.fill(question);
    await this.box.press('Enter');
  }

  /** The performance measures the popup records: "popup-ready" and "ask", in ms. */
  async measures(): Promise<Record<string, number[]>> {
    return this.page.evaluate(() => {
      const out: Record<string, number[]> = {};
      for (const m of performance.getEntriesByType('measure')) out[m.name] = [...(out[m.name] ?? []), m.duration];
      return out;
    });
  }
}
