import lexicon from 'virtual:fact-lens/lexicon';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Request } from '../messaging/protocol';
import { aliasesOf, compileMatcher } from '../spot/match-aliases';
import { type CardApi, cardApi, isOurs, provideSpotApi } from './card-bridge';
import { claimsIn, createClaimChecker } from './claims';
import { createHighlights } from './highlights';
import { trackHover } from './hover';
import { createMentionStore, type Placed } from './mention-store';
import { disabledSites, siteOf, toggleSite } from './site-settings';
import { createSpotter } from './spotter';
import { watchMutations } from './watch-mutations';

const send = (message: Request) => browser.runtime.sendMessage(message);

/**
 * Loads the card script into this frame on first use; undefined if that failed. The answer is not
 * read: whether the card's API appeared says all (the background validates the request).
 */
async function loadCard(): Promise<CardApi | undefined> {
  if (!cardApi()) await send({ type: 'card/load' }).catch(() => undefined);
  return cardApi();
}

/**
 * The content script: fetches the names to look for, highlights them on this page (unless the user
 * turned this site off), keeps up with the page as it changes, and opens a card on hover or command.
 */
export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  const kinds = new Map(lexicon.map((e) => [e.id, e.kind]));
  const store = createMentionStore(document, createHighlights(document));
  const claims = createClaimChecker({
    doc: document,
    store,
    check: async (texts) => claimsIn(await send({ type: 'check/claims', texts }).catch(() => undefined)),
    report: (contradicted) => void send({ type: 'page/claims', contradicted }).catch(() => undefined),
    setTimer: (task, ms) => ctx.setTimeout(task, ms),
  });
  const spotter = createSpotter({
    doc: document,
    matcher: compileMatcher(lexicon.map((e) => ({ id: e.id, aliases: aliasesOf(e.names) }))),
    store,
    kindOf: (id) => kinds.get(id) ?? 'business-unit',
    isOurs,
    later: (task) => ctx.setTimeout(task, 0),
    now: () => performance.now(),
    onBlock: claims.consider,
  });
  const site = siteOf(location.href);
  let enabled = !(await disabledSites.getValue()).includes(site);
  const apply = (on: boolean) => {
    enabled = on;
    if (on) spotter.scanAll();
    else {
      spotter.stop();
      cardApi()?.hide();
      claims.recount();
    }
  };

  const open = async (mention: Placed, focus: boolean) => {
    const card = await loadCard();
    const box = mention.range.getBoundingClientRect();
    const anchor = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    const options = { focus, onClose: () => hover.forget() };
    if (mention.claim) card?.showClaim(mention.claim, anchor, options);
    else card?.show(mention.entityId, anchor, options);
  };
  const hover = trackHover({
    doc: document,
    store,
    open: (m) => void open(m, false),
    close: () => cardApi()?.hide(),
    overCard: () => cardApi()?.isHovered() ?? false,
    setTimer: (task, ms) => ctx.setTimeout(task, ms),
    clearTimer: (id) => clearTimeout(id),
    nextFrame: (task) => ctx.requestAnimationFrame(task),
    listen: (type, listener) => ctx.addEventListener(document, type, listener as EventListener, { passive: true }),
  });

  const stopWatching = watchMutations(
    document,
    isOurs,
    (roots) => enabled && spotter.rescan(roots),
    () => store.removeDetached(),
    (task) => ctx.requestAnimationFrame(task),
  );
  ctx.onInvalidated(() => {
    stopWatching();
    spotter.stop();
  });
  // A single-page app's new page starts with no claims: the badge must not keep the old page's count.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!enabled) return;
    spotter.scanAll();
    claims.recount();
  });
  ctx.onInvalidated(disabledSites.watch((off) => apply(!(off ?? []).includes(site))));

  // Keyboard commands arrive as calls from the background (scripting.executeScript), not messages.
  let next = 0;
  provideSpotApi({
    toggle: () => void toggleSite(site),
    next: (entityId) => {
      const all = store.all().filter((m) => !m.claim && (!entityId || m.entityId === entityId));
      const mention = all[next++ % Math.max(1, all.length)];
      if (!mention) return;
      mention.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      void open(mention, true);
    },
    summary: () => {
      const counts = new Map<string, number>();
      const placed = store.all();
      for (const m of placed) if (!m.claim) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      const units = [...counts].map(([entityId, count]) => ({
        entityId,
        kind: kinds.get(entityId) ?? 'business-unit',
        count,
      }));
      const checked = placed.flatMap(({ claim: c }) =>
        c ? [{ verdict: c.verdict, entity: c.entity, value: c.value, sentence: c.sentence, reason: c.reason }] : [],
      );
      return { enabled, units: units.sort((a, b) => b.count - a.count), claims: checked };
    },
  });
  ctx.onInvalidated(() => provideSpotApi(undefined));
  if (enabled) spotter.scanAll();
}
