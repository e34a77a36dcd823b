import type { MentionStore, Placed } from './mention-store';

/** Wikipedia's page previews wait about 150 ms before opening and keep 300 ms of grace on leaving. */
export const DWELL_MS = 150;
export const GRACE_MS = 300;

export interface HoverDeps {
  doc: Document;
  store: MentionStore;
  /** The pointer rested on a mention. */
  open(mention: Placed): void;
  /** The pointer left the mention (and did not come back in time). */
  close(): void;
  /** Whether the pointer is over the card: leaving a mention for its card keeps it open. */
  overCard(): boolean;
  setTimer(task: () => void, ms: number): number;
  clearTimer(id: number): void;
  /** Runs `task` before the next frame: hit tests happen at most once a frame. */
  nextFrame(task: () => void): void;
  /** Registers a listener so that it is removed when the content script is. */
  listen<K extends keyof DocumentEventMap>(type: K, listener: (e: DocumentEventMap[K]) => void): void;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The mention under a point: the caret position there, checked against the mention's own boxes. */
export function mentionAt(doc: Document, store: MentionStore, x: number, y: number): Placed | undefined {
  const d = doc as CaretDoc;
  const caret = d.caretPositionFromPoint?.(x, y);
  const range = caret ? undefined : d.caretRangeFromPoint?.(x, y);
  const node = caret?.offsetNode ?? range?.startContainer;
  const offset = caret?.offset ?? range?.startOffset ?? 0;
  if (node?.nodeType !== 3) return undefined;
  const hit = store.at(node, offset) ?? (offset > 0 ? store.at(node, offset - 1) : undefined);
  if (!hit) return undefined;
  // The caret snaps to the nearest text even from blank space: the point must be inside the words.
  for (const r of hit.range.getClientRects())
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return hit;
  return undefined;
}

/**
 * One delegated pointer listener for the whole page, hit-tested once per frame: no listener per
 * mention, no change to the page. Opens after a dwell, closes after a grace period.
 */
export function trackHover(d: HoverDeps): { forget(): void } {
  let current: Placed | undefined;
  let opened: Placed | undefined;
  let dwell = 0;
  let grace = 0;
  let pending: { x: number; y: number } | undefined;
  const check = () => {
    const at = pending;
    pending = undefined;
    if (!at) return;
    const hit = mentionAt(d.doc, d.store, at.x, at.y);
    if (hit === current) return;
    current = hit;
    d.clearTimer(dwell);
    if (hit) {
      d.clearTimer(grace);
      if (hit !== opened) {
        dwell = d.setTimer(() => {
          opened = hit;
          d.open(hit);
        }, DWELL_MS);
      }
    } else if (opened) {
      grace = d.setTimer(function leave() {
        if (d.overCard()) {
          grace = d.setTimer(leave, GRACE_MS);
          return;
        }
        opened = undefined;
        d.close();
      }, GRACE_MS);
    }
  };
  d.listen('pointermove', (e) => {
    if (!pending) d.nextFrame(check);
    pending = { x: e.clientX, y: e.clientY };
  });
  return {
    /** The card was closed by other means (Escape, scrolling): the next hover opens it again. */
    forget() {
      d.clearTimer(dwell);
      d.clearTimer(grace);
      opened = undefined;
      current = undefined;
    },
  };
}
