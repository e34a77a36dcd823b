import type { Locator, Page } from '@playwright/test';
import { collectPageErrors } from '../helpers/page-errors';

/** The toolbar popup, opened as an ordinary tab at chrome-extension://ID/popup.html. */
export class PopupPage {
  readonly heading: Locator;
  readonly summary: Locator;
  readonly sources: Locator;
  /** Console errors and uncaught exceptions seen since the popup was opened. */
  readonly errors: string[];

  private constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.summary = page.getByTestId('summary');
    this.sources = page.getByRole('region', { name: 'Fact base' }).getByRole('listitem');
    this.errors = collectPageErrors(page);
  }

  /** Opens the popup of the extension `extensionId` in `page`. */
  static async open(page: Page, extensionId: string): Promise<PopupPage> {
    const popup = new PopupPage(page);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return popup;
  }
}
