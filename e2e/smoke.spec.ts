import { buildFactBase } from '../src/factbase/build';
import { loadBundledArticles, loadCatalog } from '../src/node/load-data';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';

test('the extension loads and its service worker starts', async ({ serviceWorker, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
});

test('the worker rehearses the popup unseen, and the rehearsal closes itself (src/extension/rehearse-popup.ts)', async ({
  context,
  page,
}) => {
  // The rehearsal, an offscreen document, is no Playwright page: it is watched through the DevTools
  // protocol's list of targets, from the browser's start until it has come and gone.
  const cdp = await context.newCDPSession(page);
  const rehearsals = async () => {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
    return targetInfos.filter((target) => target.url.endsWith('/popup.html?rehearsal')).length;
  };
  await expect.poll(rehearsals, { intervals: [10], timeout: 10_000 }).toBe(1);
  await expect.poll(rehearsals, { intervals: [10], timeout: 5_000 }).toBe(0);
});

test('the popup says which article the fact base was built from', async ({ page, extensionId }) => {
  const popup = await PopupPage.open(page, extensionId);

  await expect(popup.heading).toHaveText('Fact Lens');
  // The extension's fact base is the one the pipeline builds from data/ now, not an older copy.
  const built = buildFactBase(loadBundledArticles(), loadCatalog());
  const covered = new Set(built.facts.map((f) => f.entityId)).size;
  await expect(popup.summary).toHaveText(
    `${built.facts.length} facts about ${covered} of ${built.entities.length} Alibaba units, from ${built.passages.length} passages of:`,
  );
  await expect(popup.sources).toContainText([
    'Alibaba sees cloud computing and online payment driving Singles’ Day international expansion',
  ]);
  await expect(popup.sources.first()).toContainText('South China Morning Post');
  expect(popup.errors).toEqual([]);
});

test('the page server serves the fixture pages', async ({ page, server }) => {
  await page.goto(server.url('alibaba-article.html'));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alibaba’s businesses at a glance');
});
