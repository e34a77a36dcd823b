import type { Locator, Page } from '@playwright/test';

/** The hover card Fact Lens opens over a mention: a dialog in the `<fact-lens-card>` shadow root. */
export class HoverCardView {
  /** Every card dialog on the page (Playwright's locators pierce the open shadow root). */
  readonly dialogs: Locator;
  /** The card's shadow host, which stays on the page once the card script has run. */
  readonly host: Locator;

  constructor(readonly page: Page) {
    this.dialogs = page.getByRole('dialog');
    this.host = page.locator('fact-lens-card');
  }

  /** The card about `name`: a dialog labelled by the entity's name. */
  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name, exact: true });
  }

  /** The card's fact (a list item) whose text contains `text`. */
  fact(name: string, text: string): Locator {
    return this.dialog(name).getByRole('listitem').filter({ hasText: text });
  }

  /** The citation link of that fact. */
  citation(name: string, factText: string): Locator {
    return this.fact(name, factText).getByRole('link');
  }

  /** Closes the card the way a reader does, with Escape. */
  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }
}
