/** The tag of the card's shadow host: the one element Fact Lens adds to a page. */
export const CARD_HOST = 'fact-lens-card';

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

/** What the spotting script offers the background's keyboard commands. */
export interface SpotApi {
  toggle(): void;
  next(): void;
}

const SPOT_KEY = '__factLensSpot';

export function provideSpotApi(api: SpotApi | undefined): void {
  (globalThis as Record<string, unknown>)[SPOT_KEY] = api;
}

/** Runs a keyboard command in a tab's isolated world (the function is serialised by scripting.executeScript). */
export function runSpotCommand(command: keyof SpotApi): void {
  ((globalThis as Record<string, unknown>).__factLensSpot as SpotApi | undefined)?.[command]();
}
