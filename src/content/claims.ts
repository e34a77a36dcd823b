import { HAS_VALUE } from '../check/has-value';
import type { PageClaim } from '../messaging/protocol';
import type { MentionStore } from './mention-store';
import { locate, type TextBlock } from './page-text';

/** How long blocks gather before one request checks them all, and the most one request carries. */
const GATHER_MS = 150;
const BATCH = 50;
const MAX_TEXT = 20_000;

const VERDICTS = new Set(['supported', 'contradicted', 'unverifiable']);
const TEXTS = ['entityId', 'entity', 'sentence', 'value', 'reason', 'quote', 'publisher', 'url'] as const;

/**
 * The claims in a `check/claims` answer, or undefined if it is not one. The background's answers are
 * built by zod-checked code; this script does not bundle zod (it would double its size, issue 4's
 * 30 KB), so it checks by hand the shape of what it is about to place and show.
 */
export function claimsIn(response: unknown): PageClaim[] | undefined {
  const answer = response as { ok?: unknown; value?: { claims?: unknown } } | undefined;
  const claims = answer?.ok === true ? answer.value?.claims : undefined;
  if (!Array.isArray(claims)) return undefined;
  return claims.filter((c): c is PageClaim => {
    const claim = c as Record<string, unknown>;
    return (
      typeof c === 'object' &&
      c !== null &&
      ['block', 'start', 'end', 'paragraph'].every((k) => Number.isInteger(claim[k])) &&
      VERDICTS.has(claim.verdict as string) &&
      TEXTS.every((k) => typeof claim[k] === 'string')
    );
  });
}

export interface ClaimDeps {
  doc: Document;
  store: MentionStore;
  /** Asks the background to check these texts; undefined when it could not. */
  check(texts: string[]): Promise<PageClaim[] | undefined>;
  /** Tells the background how many claims on the page the article contradicts (for the badge). */
  report(contradicted: number): void;
  setTimer(task: () => void, ms: number): void;
}

export interface ClaimChecker {
  /** A block just read, with how many mentions it had: worth checking if it names a unit and has a value. */
  consider(block: TextBlock, mentions: number): void;
  /** Says the current count again (after the page's claims were cleared). */
  recount(): void;
}

/**
 * Checks the claims of the page's blocks in the background, a batch at a time, and places each
 * as a highlight named by its verdict. A claim whose words have changed meanwhile is dropped.
 */
export function createClaimChecker(d: ClaimDeps): ClaimChecker {
  const pending: TextBlock[] = [];
  let scheduled = false;
  const recount = () => d.report(d.store.all().filter((p) => p.claim?.verdict === 'contradicted').length);

  function place(block: TextBlock, claim: PageClaim): void {
    const start = locate(block, claim.start);
    const end = locate(block, claim.end, true);
    if (!start?.node.isConnected || !end?.node.isConnected) return;
    const range = d.doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    if (range.toString() !== block.text.slice(claim.start, claim.end)) return;
    d.store.place({ entityId: claim.entityId, kind: `claim-${claim.verdict}`, text: claim.value, range, claim });
  }

  async function flush(): Promise<void> {
    scheduled = false;
    const blocks = pending.splice(0, BATCH);
    if (blocks.length === 0) return;
    const claims = await d.check(blocks.map((b) => b.text));
    for (const claim of claims ?? []) {
      const block = blocks[claim.block];
      if (block) place(block, claim);
    }
    recount();
    schedule();
  }

  function schedule(): void {
    if (scheduled || pending.length === 0) return;
    scheduled = true;
    d.setTimer(() => void flush(), GATHER_MS);
  }

  return {
    consider(block, mentions) {
      if (mentions === 0 || block.text.length > MAX_TEXT || !HAS_VALUE.test(block.text)) return;
      pending.push(block);
      schedule();
    },
    recount,
  };
}
