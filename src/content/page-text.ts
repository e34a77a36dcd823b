/** A run of text the reader sees as one block (a paragraph, a list item), with the nodes it came from. */
export interface TextBlock {
  text: string;
  /** Each text node's place in `text`; a `<br>` adds a line break with no node. */
  pieces: { node: Text; start: number }[];
}

/** Elements whose text is not the page's prose, or is not ours to touch. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
]);
/** Inline elements: their text continues the block around them (`<b>Alibaba</b> Cloud` is one name). */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'NOBR',
]);

/** Whether an element's subtree is left alone: code-like, editable, hidden, or ours (`isOurs`). */
export function isSkipped(el: Element, isOurs: (el: Element) => boolean): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase()) || isOurs(el)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/** Whether a node is, or sits inside, an element the walk leaves alone (a rescan must not enter it). */
export function isInsideSkipped(node: Node, isOurs: (el: Element) => boolean): boolean {
  for (let n: Node | null = node; n; n = n.parentNode)
    if (n.nodeType === 1 && isSkipped(n as Element, isOurs)) return true;
  return false;
}

/** The block element a node's text belongs to: its nearest ancestor that is not inline. */
export function blockOf(node: Node, root: Node): Node {
  let el = node.parentNode;
  while (el && el !== root && el.nodeType === 1 && INLINE.has((el as Element).tagName.toUpperCase()))
    el = el.parentNode;
  return el ?? root;
}

/**
 * Walks `root` and yields its text block by block, skipping what `isSkipped` says. Filtering happens
 * in the loop, not in a TreeWalker callback (measured 3–10× cheaper on real pages, issue 4), and the
 * walk follows child and sibling links itself, so a skipped subtree costs nothing and any DOM
 * (a browser's, or linkedom's in the CLI) will do.
 */
export function* walkBlocks(root: Node, isOurs: (el: Element) => boolean = () => false): Generator<TextBlock> {
  for (const step of walkSteps(root, isOurs, Number.POSITIVE_INFINITY)) if (step) yield step;
}

/** How many nodes the walk visits between pauses: a few hundred take well under a millisecond. */
const NODES_PER_STEP = 256;
/**
 * The longest text a block is read as at once. A page whose whole body is one block (a long story
 * in inline markup) took one 70 ms task to read and match; its text is cut after a sentence instead.
 */
const MAX_BLOCK_CHARS = 20_000;
const SENTENCE_END = /[.!?]['"’”)]*\s*$/;

/**
 * `walkBlocks` for a caller that works to a time budget (the content script): besides each block,
 * it yields `null` every `pauseEvery` nodes, so the caller can look at the clock in the middle of
 * a block of thousands of nodes and resume in a later task.
 */
export function* walkSteps(
  root: Node,
  isOurs: (el: Element) => boolean,
  pauseEvery = NODES_PER_STEP,
): Generator<TextBlock | null> {
  let current: { block: Node; text: string; pieces: TextBlock['pieces'] } | undefined;
  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    if (++visited % pauseEvery === 0) yield null;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (!isSkipped(el, isOurs)) {
        if (current && el.tagName.toUpperCase() === 'BR') current.text += '\n';
        if (node.firstChild) {
          node = node.firstChild;
          continue;
        }
      }
    } else if (node.nodeType === 3) {
      // White space between inline elements parts their words ("<b>Alibaba</b> <b>Cloud</b>"); alone, it
      // is no block, and needs its block looked up only when one is being read.
      if ((node as Text).data.trim() === '') {
        if (current && current.block === blockOf(node, root)) current.text += (node as Text).data;
        node = nextAfter(node, root);
        continue;
      }
      const block = blockOf(node, root);
      // Only the end of a long block's text says whether a sentence just ended there.
      const full = current && current.text.length >= MAX_BLOCK_CHARS && SENTENCE_END.test(current.text.slice(-64));
      if (current && (current.block !== block || full)) {
        yield { text: current.text, pieces: current.pieces };
        current = full ? { block, text: '', pieces: [] } : undefined;
      }
      // Text styled away (display: none, visibility: hidden) is no text the reader sees.
      if (!current && !isVisible(block)) {
        node = nextAfter(node, root);
        continue;
      }
      current ??= { block, text: '', pieces: [] };
      current.pieces.push({ node: node as Text, start: current.text.length });
      current.text += (node as Text).data;
    }
    node = nextAfter(node, root);
  }
  if (current) yield { text: current.text, pieces: current.pieces };
}

/** Whether a block is rendered; a DOM without layout (linkedom, in the CLI) shows everything. */
function isVisible(block: Node): boolean {
  const el = block as Element & { checkVisibility?: (options?: object) => boolean };
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
}

/** The node after `node`'s subtree in document order, within `root`. */
function nextAfter(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/** The text node and offset in it of a position in a block's text. */
export function locate(block: TextBlock, position: number, end = false): { node: Text; offset: number } | undefined {
  let lo = 0;
  let hi = block.pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const piece = block.pieces[mid];
    // An end position exactly at a piece's start belongs to the piece before it.
    if (piece && (end ? piece.start < position : piece.start <= position)) lo = mid;
    else hi = mid - 1;
  }
  const piece = block.pieces[lo];
  if (!piece) return undefined;
  return { node: piece.node, offset: Math.min(position - piece.start, piece.node.data.length) };
}
