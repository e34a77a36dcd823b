import { blockOf, isInsideSkipped } from './page-text';

/**
 * Watches the page for added nodes and changed text, batched once per frame, and reports the
 * subtrees to read again (`onDirty`) and that text may have left (`onRemoved`). Our own UI, and
 * anything inside what the walk skips (an editor, hidden or code-like markup), is ignored.
 */
export function watchMutations(
  doc: Document,
  isOurs: (node: Node) => boolean,
  onDirty: (roots: Node[]) => void,
  onRemoved: () => void,
  nextFrame: (task: () => void) => void,
): () => void {
  let records: MutationRecord[] = [];
  const flush = () => {
    const batch = records;
    records = [];
    const body = doc.body;
    if (!body) return;
    let removed = false;
    const roots = new Set<Node>();
    for (const r of batch) {
      if (isOurs(r.target)) continue;
      if (r.type === 'characterData') roots.add(blockOf(r.target, body));
      for (const node of r.addedNodes) {
        if (isOurs(node)) continue;
        roots.add(node.nodeType === 3 ? blockOf(node, body) : node);
      }
      if (r.removedNodes.length > 0 || r.type === 'characterData') removed = true;
    }
    if (removed) onRemoved();
    const list = [...roots].filter((n) => n.isConnected && !isInsideSkipped(n, isOurs));
    onDirty(list.filter((n) => !list.some((other) => other !== n && other.contains(n))));
  };
  const observer = new (doc.defaultView as Window & typeof globalThis).MutationObserver((found) => {
    if (records.length === 0) nextFrame(flush);
    records.push(...found);
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
