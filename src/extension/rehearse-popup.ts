import { browser } from 'wxt/browser';
import { REHEARSAL } from '../popup/shell';

/** What a rehearsal needs of the extension APIs: Chrome's, where Firefox has no offscreen documents. */
export interface RehearsalApi {
  offscreen?: Pick<typeof browser.offscreen, 'createDocument'>;
  runtime: { getContexts?: typeof browser.runtime.getContexts };
}

/**
 * Opens popup.html once, unseen, as an offscreen document that closes itself (src/popup/shell.ts),
 * when the worker starts. The first page an extension process makes costs more than any after it
 * (its page machinery, fonts and the popup's code are new to it). In runs of 6–8 fresh browsers on
 * this machine, the median first opening of the popup took 103–205 ms without a rehearsal and
 * 79–102 ms with one; later openings, 56–75 ms. Nothing is rehearsed where there are no offscreen
 * documents (Firefox), or when one of the extension's pages is open already, as when opening the
 * popup woke the worker. Resolves once the rehearsal page has loaded, or at once when there is none.
 */
export async function rehearsePopup(api: RehearsalApi = browser): Promise<void> {
  if (!api.offscreen) return;
  const open = await api.runtime.getContexts?.({ contextTypes: ['POPUP', 'TAB', 'OFFSCREEN_DOCUMENT'] });
  if (open?.length) return;
  await api.offscreen.createDocument({
    url: `/popup.html?${REHEARSAL}`,
    reasons: ['DOM_PARSER'],
    justification: "Lays out the toolbar popup's page once, unseen, so that it opens quickly.",
  });
}
