import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type Anchor, CARD_HOST, provideCardApi } from '../content/card-bridge';
import { request } from '../messaging/client';
import type { Card, PageClaim, Request } from '../messaging/protocol';
import { ClaimCard } from './ClaimCard';
import { CARD_CSS } from './card-style';
import { HoverCard } from './HoverCard';

const send = (message: Request) => browser.runtime.sendMessage(message);

/** The passage and quote a citation URL points at ("…/article.html?q=120-245#…-p17"). */
export function citationOf(url: string): { passageId: string; quote?: { start: number; end: number } } {
  const parsed = new URL(url);
  const [start, end] = (parsed.searchParams.get('q') ?? '').split('-').map(Number);
  const passageId = parsed.hash.slice(1);
  return start !== undefined && end !== undefined && Number.isInteger(start) && Number.isInteger(end)
    ? { passageId, quote: { start, end } }
    : { passageId };
}

interface Shown {
  entityId: string;
  /** A checked claim's card, instead of the entity's. */
  claim?: PageClaim;
  anchor: Anchor;
  focus: boolean;
  card?: Card;
  error?: string;
  onClose(): void;
}

/**
 * The card script: injected on the first hover, it adds the page's one shadow host and renders the
 * hover card there with Preact, asking the background for each entity's card.
 */
export function startCard(ctx: ContentScriptContext): void {
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let shown: Shown | undefined;
  let hovered = false;
  const draw = () => {
    if (!ui) return;
    const s = shown;
    const onOpen = (url: string) => void request(send, { type: 'article/open', ...citationOf(url) });
    render(
      s?.claim ? (
        <ClaimCard claim={s.claim} anchor={s.anchor} focus={s.focus} onClose={close} onOpen={onOpen} />
      ) : s ? (
        <HoverCard card={s.card} error={s.error} anchor={s.anchor} focus={s.focus} onClose={close} onOpen={onOpen} />
      ) : null,
      ui.uiContainer,
    );
  };
  function close(): void {
    const s = shown;
    shown = undefined;
    hovered = false;
    draw();
    s?.onClose();
  }
  async function ensureUi(): Promise<void> {
    if (ui) return;
    ui = await createShadowRootUi<void>(ctx, {
      name: CARD_HOST,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: CARD_CSS,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container) {
        container.addEventListener('pointerenter', () => {
          hovered = true;
        });
        container.addEventListener('pointerleave', () => {
          hovered = false;
        });
      },
    });
    ui.mount();
  }
  provideCardApi({
    async show(entityId, anchor, { focus, onClose }) {
      await ensureUi();
      shown = { entityId, anchor, focus, onClose };
      draw();
      const response = await request(send, { type: 'card/get', entityId });
      if (shown?.entityId !== entityId) return;
      shown = response.ok ? { ...shown, card: response.value } : { ...shown, error: response.error };
      draw();
    },
    async showClaim(claim, anchor, { focus, onClose }) {
      await ensureUi();
      shown = { entityId: claim.entityId, claim, anchor, focus, onClose };
      draw();
    },
    hide: close,
    isHovered: () => hovered,
  });
  ctx.addEventListener(document, 'keydown', (e) => {
    if (e.key === 'Escape' && shown) close();
  });
  ctx.addEventListener(window, 'scroll', () => shown && !hovered && close(), { capture: true, passive: true });
}
