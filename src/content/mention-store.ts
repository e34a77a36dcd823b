import type { PageClaim } from '../messaging/protocol';
import type { Highlights } from './highlights';
import type { PageMention } from './page-mentions';

/** A mention as it stands on the page: its range and the highlight it is drawn in. */
export interface Placed {
  entityId: string;
  kind: string;
  text: string;
  range: Range;
  /** For a checked claim (highlighted as `claim-<verdict>`): what the article says of it. */
  claim?: PageClaim;
}

/** The page's mentions, looked up by text node for hit tests, drawn through `highlights`. */
export interface MentionStore {
  add(mentions: readonly PageMention[], kindOf: (entityId: string) => string): void;
  /** Adds one placed item (a checked claim). */
  place(p: Placed): void;
  /** The mention covering this point of a text node, if any. */
  at(node: Node, offset: number): Placed | undefined;
  /** Drops mentions inside `root` (about to be read again), or whose text has left the page. */
  removeWithin(root: Node): void;
  removeDetached(): void;
  clear(): void;
  /** Every mention, in document order. */
  all(): Placed[];
}

export function createMentionStore(doc: Document, highlights: Highlights): MentionStore {
  const byNode = new Map<Text, Placed[]>();
  const placed = new Set<Placed>();
  const drop = (p: Placed) => {
    if (!placed.delete(p)) return;
    highlights.remove(p.kind, p.range);
    for (const node of nodesOf(p)) {
      const list = byNode.get(node)?.filter((x) => x !== p) ?? [];
      if (list.length) byNode.set(node, list);
      else byNode.delete(node);
    }
  };
  const place = (p: Placed) => {
    placed.add(p);
    highlights.add(p.kind, p.range);
    for (const node of nodesOf(p)) byNode.set(node, [...(byNode.get(node) ?? []), p]);
  };
  return {
    add(mentions, kindOf) {
      for (const m of mentions) {
        const range = doc.createRange();
        range.setStart(m.start.node, m.start.offset);
        range.setEnd(m.end.node, m.end.offset);
        place({ entityId: m.entityId, kind: kindOf(m.entityId), text: m.text, range });
      }
    },
    place,
    at(node, offset) {
      return byNode
        .get(node as Text)
        ?.find(
          (p) =>
            p.range.comparePoint(node, offset) === 0 &&
            !(node === p.range.endContainer && offset === p.range.endOffset),
        );
    },
    removeWithin(root) {
      for (const p of [...placed]) if (root.contains(p.range.startContainer)) drop(p);
    },
    removeDetached() {
      for (const p of [...placed])
        if (!p.range.startContainer.isConnected || !p.range.endContainer.isConnected) drop(p);
    },
    clear() {
      for (const p of [...placed]) drop(p);
    },
    all() {
      return [...placed].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    },
  };
}

/** The text nodes a mention covers (a name split across `<b>Alibaba</b> Cloud` covers two). */
function nodesOf(p: Placed): Text[] {
  const start = p.range.startContainer as Text;
  const end = p.range.endContainer as Text;
  if (start === end) return [start];
  const doc = start.ownerDocument;
  const walker = doc.createTreeWalker(p.range.commonAncestorContainer, 0x4); // SHOW_TEXT
  walker.currentNode = start;
  const nodes: Text[] = [start];
  for (let n = walker.nextNode(); n && nodes.length < 16; n = walker.nextNode()) {
    nodes.push(n as Text);
    if (n === end) break;
  }
  return nodes;
}
