/** Prefix of every name Fact Lens puts into a page: highlights, the card's host element. */
export const PREFIX = 'fact-lens';

/**
 * Colours per kind, soft enough not to fight the page: units amber, affiliates and investees teal,
 * events violet, people blue. A dotted underline keeps the cue for readers who do not see colour.
 * Checked claims: supported green and solid, contradicted red and wavy, undecided grey and dashed.
 */
const STYLE = `
::highlight(${PREFIX}-parent), ::highlight(${PREFIX}-business-unit), ::highlight(${PREFIX}-former-unit) { background-color: rgb(255 196 0 / 0.28); text-decoration: underline dotted rgb(191 120 0); }
::highlight(${PREFIX}-affiliate), ::highlight(${PREFIX}-investee) { background-color: rgb(0 170 160 / 0.22); text-decoration: underline dotted rgb(0 120 110); }
::highlight(${PREFIX}-event) { background-color: rgb(150 90 255 / 0.2); text-decoration: underline dotted rgb(110 60 200); }
::highlight(${PREFIX}-person) { background-color: rgb(60 130 255 / 0.2); text-decoration: underline dotted rgb(40 90 200); }
::highlight(${PREFIX}-claim-supported) { background-color: rgb(30 160 70 / 0.16); text-decoration: underline solid rgb(20 130 60); }
::highlight(${PREFIX}-claim-contradicted) { background-color: rgb(220 40 40 / 0.16); text-decoration: underline wavy rgb(190 30 30); }
::highlight(${PREFIX}-claim-unverifiable) { background-color: rgb(128 128 128 / 0.14); text-decoration: underline dashed rgb(100 100 100); }
`;

/** The highlights of one document: ranges added and removed by kind, drawn by the browser. */
export interface Highlights {
  add(kind: string, range: Range): void;
  remove(kind: string, range: Range): void;
  clear(): void;
}

/**
 * Registers one CSS Custom Highlight per kind and their styles. The styles go in an adopted style
 * sheet, so the page's DOM is not touched: no `<style>`, no wrapping elements.
 */
export function createHighlights(doc: Document): Highlights {
  const win = doc.defaultView;
  const registry = win?.CSS?.highlights;
  const HighlightClass = (win as (Window & { Highlight?: typeof Highlight }) | null)?.Highlight;
  if (!registry || !HighlightClass) return { add() {}, remove() {}, clear() {} };
  const sheet = new (win as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
  sheet.replaceSync(STYLE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const layers = new Map<string, Highlight>();
  const layer = (kind: string) => {
    let h = layers.get(kind);
    if (!h) {
      h = new HighlightClass();
      layers.set(kind, h);
      registry.set(`${PREFIX}-${kind}`, h);
    }
    return h;
  };
  return {
    add: (kind, range) => void layer(kind).add(range),
    remove: (kind, range) => void layers.get(kind)?.delete(range),
    clear: () => {
      for (const h of layers.values()) h.clear();
    },
  };
}
