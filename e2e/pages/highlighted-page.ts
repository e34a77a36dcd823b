import type { Page } from '@playwright/test';
import { type DomPair, servedAndLiveDom } from '../helpers/dom-snapshot';
import {
  type HighlightedRange,
  pointAtMention,
  readHighlights,
  waitForSettledHighlights,
} from '../helpers/highlight-ranges';
import { collectPageErrors } from '../helpers/page-errors';
import { HoverCardView } from './hover-card';

/** A page served over HTTP with Fact Lens running on it: its highlights, its hover card, its DOM. */
export class HighlightedPage {
  readonly card: HoverCardView;
  /** Console errors and uncaught exceptions seen since the page was opened. */
  readonly errors: string[];

  private constructor(readonly page: Page) {
    this.card = new HoverCardView(page);
    this.errors = collectPageErrors(page);
  }

  /** Opens `url` in `page`. */
  static async open(page: Page, url: string): Promise<HighlightedPage> {
    const lens = new HighlightedPage(page);
    // Chromium asks each new origin for /favicon.ico; the fixture server has none, and the 404 would be
    // logged as a console error that has nothing to do with Fact Lens.
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await page.goto(url);
    return lens;
  }

  /** The highlighted ranges now, in document order (optionally only those inside `within`). */
  highlights(within?: string): Promise<HighlightedRange[]> {
    return readHighlights(this.page, within);
  }

  /** The words under each highlight, in document order. */
  async highlightTexts(within?: string): Promise<string[]> {
    return (await this.highlights(within)).map((r) => r.text);
  }

  /** Waits until the scan has finished (no change for `quietMs`) and returns the highlights. */
  async settled(quietMs = 300): Promise<HighlightedRange[]> {
    return (await waitForSettledHighlights(this.page, { quietMs })).ranges;
  }

  /** Rests the pointer on the `nth` mention whose words are `text`, as a reader does to open its card. */
  async hoverMention(text: string, nth = 0): Promise<void> {
    const point = await pointAtMention(this.page, text, nth);
    if (!point) throw new Error(`No highlighted mention "${text}" number ${nth + 1} on ${this.page.url()}`);
    await this.page.mouse.move(point.x, point.y, { steps: 2 });
  }

  /** The page's markup as served and as it stands now, without our card host. */
  servedAndLiveDom(): Promise<DomPair> {
    return servedAndLiveDom(this.page);
  }
}
