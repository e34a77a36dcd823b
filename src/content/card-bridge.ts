/** The tag of the card's shadow host: the one element Fact Lens adds to a page. */
export const CARD_HOST = 'fact-lens-card';

import type { PageClaim } from '../messaging/protocol';

/** Where a mention stands on screen, for placing the card beside it. */
export interface Anchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What the card script offers the spotting script. Both run in the extension's isolated world, so
 * they share its globals while the page sees neither.
 */
export interface CardApi {
  show(entityId: string, anchor: Anchor, options: { focus: boolean; onClose: () => void }): void;
  /** The card of a checked claim: what the page says, what the article says, and the verdict. */
  showClaim(claim: PageClaim, anchor: Anchor, options: { focus: boolean; onClose: () => void }): void;
  hide(): void;
  isHovered(): boolean;
}

const KEY = '__factLensCard';

export function cardApi(): CardApi | undefined {
  return (globalThis as Record<string, unknown>)[KEY] as CardApi | undefined;
}

export function provideCardApi(api: CardApi): void {
  (globalThis as Record<string, unknown>)[KEY] = api;
}

/** Whether a node is inside our card. */
export function isOurs(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && (el.localName === CARD_HOST || el.closest(CARD_HOST) !== null);
}

/** One unit found on a page, for the popup's "On this page". */
export interface PageUnit {
  entityId: string;
  kind: string;
  count: number;
}

/** A checked claim on a page, for the popup's "On this page". */
export interface PageClaimSummary {
  verdict: PageClaim['verdict'];
  entity: string;
  value: string;
  sentence: string;
  reason: string;
}

/** What the spotting script offers keyboard commands and the popup (called through scripting.executeScript). */
export interface SpotApi {
  toggle(): void;
  /** Scrolls to the next mention (of `entityId`, if given) and opens its card with focus. */
  next(entityId?: string): void;
  /** The units on the page with their mention counts, most mentioned first, its checked claims, and whether highlighting is on. */
  summary(): SpotSummary;
}

export interface SpotSummary {
  enabled: boolean;
  units: PageUnit[];
  claims: PageClaimSummary[];
}

const SPOT_KEY = '__factLensSpot';

export function provideSpotApi(api: SpotApi | undefined): void {
  (globalThis as Record<string, unknown>)[SPOT_KEY] = api;
}

// The functions below are serialised by scripting.executeScript and run in a tab's isolated world:
// they must be self-contained (no imports, no outer variables).

/** Runs a keyboard command, or the popup's jump to a unit, in the tab. */
export function runSpotCommand(command: 'toggle' | 'next', entityId?: string): void {
  const api = (globalThis as Record<string, unknown>).__factLensSpot as SpotApi | undefined;
  if (command === 'toggle') api?.toggle();
  else api?.next(entityId);
}

/** The tab's units, or null where the content script does not run (a browser page, a PDF). */
export function readSpotSummary(): SpotSummary | null {
  const api = (globalThis as Record<string, unknown>).__factLensSpot as SpotApi | undefined;
  return api ? api.summary() : null;
}
