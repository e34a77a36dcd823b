import type { Matcher } from '../spot/match-aliases';
import { locate, type TextBlock } from './page-text';

/** A mention on the page: which entity, the page's own words, and where they start and end. */
export interface PageMention {
  entityId: string;
  text: string;
  start: { node: Text; offset: number };
  end: { node: Text; offset: number };
}

/**
 * The mentions in one block of page text. `named` holds the entities the page names in full so far,
 * so a surname ("Evans") counts once the page has named the person; it grows as blocks are read.
 */
export function mentionsInBlock(block: TextBlock, matcher: Matcher, named: Set<string>): PageMention[] {
  const found = matcher.findMentions(block.text, named);
  for (const m of found) named.add(m.entityId);
  return found.flatMap((m) => {
    const start = locate(block, m.start);
    const end = locate(block, m.end, true);
    return start && end ? [{ entityId: m.entityId, text: m.text, start, end }] : [];
  });
}
