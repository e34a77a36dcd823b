/**
 * The card's styles, inside its shadow root. WXT resets the host with `all: initial`, so the inner
 * container is what is positioned (fixed, beside the mention) and themed (light or dark, as the system).
 */
export const CARD_CSS = `
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(360px, calc(100vw - 16px));
  max-height: min(420px, calc(100vh - 16px)); overflow: auto; padding: 12px 14px; border-radius: 10px;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; background: #fff;
  border: 1px solid #d5d9e2; box-shadow: 0 8px 28px rgb(0 0 0 / 0.18); }
.card:focus { outline: 2px solid #3b6fe0; outline-offset: 2px; }
header { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
h2 { margin: 0; font-size: 15px; }
.close { border: 0; background: none; font-size: 18px; line-height: 1; cursor: pointer; color: inherit; padding: 2px 6px; }
.close:focus-visible, a:focus-visible { outline: 2px solid #3b6fe0; border-radius: 3px; }
.kind, .names, .muted { margin: 4px 0; color: #5a6272; }
.facts { margin: 8px 0 0; padding: 0; list-style: none; }
.facts li { padding: 6px 0; border-top: 1px solid #eceef3; }
.fact { display: block; }
.cite { font-size: 12px; color: #2456c6; }
.error { color: #a3261a; }
.verdict.supported { color: #1b7a3a; }
.verdict.contradicted { color: #b3261e; }
.verdict.unverifiable { color: #5a6272; }
.claim { margin: 8px 0 0; }
.claim dt { font-weight: 600; margin-top: 6px; }
.claim dd { margin: 2px 0 0; }
.reason { margin: 8px 0 0; padding-top: 6px; border-top: 1px solid #eceef3; }
@media (prefers-color-scheme: dark) {
  .verdict.supported { color: #7fd69a; }
  .verdict.contradicted { color: #ff9d90; }
  .verdict.unverifiable { color: #a7afbd; }
  .reason { border-top-color: #323844; }
  .card { color: #e7eaf0; background: #1f232b; border-color: #3a404c; box-shadow: 0 8px 28px rgb(0 0 0 / 0.5); }
  .kind, .names, .muted { color: #a7afbd; }
  .facts li { border-top-color: #323844; }
  .cite { color: #8fb1ff; }
  .error { color: #ff9d90; }
}
`;

/** Where the card goes: below the mention if it fits, else above; always inside the viewport. */
export function placeCard(
  anchor: { left: number; top: number; right: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const margin = 8;
  const below = anchor.bottom + 6;
  const above = anchor.top - 6 - size.height;
  const top = below + size.height <= viewport.height - margin || above < margin ? below : above;
  const left = Math.min(Math.max(margin, anchor.left), viewport.width - size.width - margin);
  return { left: Math.max(margin, left), top: Math.max(margin, Math.min(top, viewport.height - size.height - margin)) };
}
