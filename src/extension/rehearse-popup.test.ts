import { describe, expect, it, vi } from 'vitest';
import { type RehearsalApi, rehearsePopup } from './rehearse-popup';

/** Chrome's APIs as a rehearsal sees them, with `open` the extension's pages already open. */
function chrome(open: { contextType: string }[] = [], getContexts = true) {
  const createDocument = vi.fn(() => Promise.resolve());
  const api = {
    offscreen: { createDocument },
    runtime: { ...(getContexts && { getContexts: vi.fn(() => Promise.resolve(open)) }) },
  } as unknown as RehearsalApi;
  return { api, createDocument };
}

describe('rehearsePopup', () => {
  it("opens the popup's page for a rehearsal, unseen, with its reason", async () => {
    const { api, createDocument } = chrome();
    await rehearsePopup(api);
    expect(createDocument).toHaveBeenCalledWith({
      url: '/popup.html?rehearsal',
      reasons: ['DOM_PARSER'],
      justification: expect.stringContaining('popup'),
    });
  });

  it('rehearses nothing while one of the extension’s pages is open: the popup woke the worker', async () => {
    const { api, createDocument } = chrome([{ contextType: 'POPUP' }]);
    await rehearsePopup(api);
    expect(createDocument).not.toHaveBeenCalled();
  });

  it('rehearses where the browser cannot list its pages', async () => {
    const { api, createDocument } = chrome([], false);
    await rehearsePopup(api);
    expect(createDocument).toHaveBeenCalledTimes(1);
  });

  it('does nothing where there are no offscreen documents (Firefox)', async () => {
    await expect(rehearsePopup({ runtime: {} })).resolves.toBeUndefined();
  });
});
