import { buildCard } from '../cards/build-card';
import { createPageClaimChecker } from '../check/page-claims';
import type { FactBase } from '../factbase/schema';
import { compileMatcher } from '../spot/match-aliases';
import type { Answer, PageClaim, Request, ResponseOf } from './protocol';

/** Who sent a message: the tab and frame of a content script. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

export type Handlers = {
  [T in Request['type']]: (
    request: Extract<Request, { type: T }>,
    sender: Sender,
  ) => ResponseOf<T> | Promise<ResponseOf<T>>;
};

/** What the handlers need from the browser, passed in so tests can supply their own. */
export interface HandlerDeps {
  /** The extension's article page, at one passage (and marking one quote, given its span). */
  articleUrl(passageId: string, quote?: { start: number; end: number }): string;
  /** The answer engine and suggester, made on first use. */
  qa(): { answer(question: string): Answer; suggest(text: string): string[] };
  /** Puts the hover card's script into the sender's tab and frame. */
  injectCard(sender: Sender): Promise<void>;
  /** Opens a URL in a new tab. */
  openTab(url: string): Promise<void>;
  /** Sets the toolbar badge of one tab ("" clears it). */
  setBadge(tabId: number, text: string): Promise<void>;
}

/** The background's answers to each request, over the given fact base. */
export function createHandlers(factBase: FactBase, deps: HandlerDeps): Handlers {
  let checkPage: ((texts: readonly string[]) => PageClaim[]) | undefined;
  return {
    'check/claims': ({ texts }) => {
      checkPage ??= createPageClaimChecker(factBase, compileMatcher(factBase.entities), deps.articleUrl);
      return { ok: true, value: { claims: checkPage(texts) } };
    },
    'page/claims': async ({ contradicted }, sender) => {
      if (sender.tab?.id === undefined) return { ok: false, error: 'page/claims comes only from a tab' };
      // Only the top frame speaks for the tab: a frame's own count would overwrite the page's.
      if (sender.frameId) return { ok: true, value: null };
      await deps.setBadge(sender.tab.id, contradicted > 0 ? String(contradicted) : '');
      return { ok: true, value: null };
    },
    'factbase/summary': () => ({
      ok: true,
      value: {
        sources: factBase.sources.map(({ id, title, publisher, publishedAt }) => ({
          id,
          title,
          publisher,
          publishedAt,
        })),
        entities: factBase.entities.length,
        coveredEntities: new Set(factBase.facts.map((f) => f.entityId)).size,
        passages: factBase.passages.length,
        facts: factBase.facts.length,
      },
    }),
    'catalog/names': () => ({ ok: true, value: Object.fromEntries(factBase.entities.map((e) => [e.id, e.name])) }),
    'card/get': ({ entityId }) => {
      const card = buildCard(factBase, entityId, deps.articleUrl);
      return card ? { ok: true, value: card } : { ok: false, error: `No entity "${entityId}" in the catalog` };
    },
    'article/open': async ({ passageId, quote }) => {
      if (!factBase.passages.some((p) => p.id === passageId)) return { ok: false, error: `No passage "${passageId}"` };
      await deps.openTab(deps.articleUrl(passageId, quote));
      return { ok: true, value: null };
    },
    'qa/ask': ({ question }) => ({ ok: true, value: deps.qa().answer(question) }),
    'qa/suggest': ({ text }) => ({ ok: true, value: { suggestions: deps.qa().suggest(text) } }),
    'card/load': async (_request, sender) => {
      if (sender.tab?.id === undefined) return { ok: false, error: 'card/load comes only from a tab' };
      try {
        await deps.injectCard(sender);
        return { ok: true, value: null };
      } catch (error) {
        return { ok: false, error: `Could not load the card: ${String(error)}` };
      }
    },
  };
}
