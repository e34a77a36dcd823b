import type { Matcher } from '../spot/match-aliases';
import type { MentionStore } from './mention-store';
import { mentionsInBlock } from './page-mentions';
import { type TextBlock, walkSteps } from './page-text';

/** Longest stretch of work before yielding to the page: one frame (issue 4: no task over 50 ms). */
export const BUDGET_MS = 12;

export interface SpotterDeps {
  doc: Document;
  matcher: Matcher;
  store: MentionStore;
  kindOf(entityId: string): string;
  /** Our own UI, never read. */
  isOurs(el: Element): boolean;
  /** Runs `task` later, letting the page breathe (setTimeout 0 in a browser). */
  later(task: () => void): void;
  now(): number;
  /** Called with each block read and how many mentions it had (claims are checked from there). */
  onBlock?(block: TextBlock, mentions: number): void;
}

export interface Spotter {
  /** Reads the whole page again, in chunks. */
  scanAll(): void;
  /** Reads these subtrees again (after mutations), in chunks. */
  rescan(roots: readonly Node[]): void;
  stop(): void;
}

/**
 * Finds and draws mentions, never working more than one frame at a time: reading continues in a
 * later task until the queue of subtrees is done. A new full scan replaces any scan under way.
 */
export function createSpotter(d: SpotterDeps): Spotter {
  let queue: Node[] = [];
  let walking: Generator<TextBlock | null> | undefined;
  let scheduled = false;
  let stopped = false;
  const named = new Set<string>();

  function pump(): void {
    scheduled = false;
    if (stopped) return;
    const deadline = d.now() + BUDGET_MS;
    while (d.now() < deadline) {
      if (!walking) {
        const root = queue.shift();
        if (!root) return;
        if (!root.isConnected) continue;
        d.store.removeWithin(root);
        walking = walkSteps(root, d.isOurs);
      }
      const next = walking.next();
      if (next.done) walking = undefined;
      else if (next.value) {
        const mentions = mentionsInBlock(next.value, d.matcher, named);
        d.store.add(mentions, d.kindOf);
        d.onBlock?.(next.value, mentions.length);
      }
    }
    schedule();
  }

  function schedule(): void {
    if (scheduled || stopped || (!walking && queue.length === 0)) return;
    scheduled = true;
    d.later(pump);
  }

  return {
    scanAll() {
      stopped = false;
      walking = undefined;
      named.clear();
      d.store.clear();
      queue = d.doc.body ? [d.doc.body] : [];
      schedule();
    },
    rescan(roots) {
      stopped = false;
      // A subtree inside one already queued is read with it.
      for (const root of roots) if (!queue.some((q) => q.contains(root))) queue.push(root);
      schedule();
    },
    stop() {
      stopped = true;
      queue = [];
      walking = undefined;
      d.store.clear();
    },
  };
}
