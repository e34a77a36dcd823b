import { join } from 'node:path';
import { expect, test } from './fixtures';
import { badgeTextOf, tabIdOf } from './helpers/tabs';
import { AskPopup } from './pages/ask-popup';
import { HighlightedPage } from './pages/highlighted-page';

const SCREENSHOTS = join(import.meta.dirname, '../docs/screenshots');

// A page of claims, one or more of each verdict (e2e/fixtures-pages/claims.html), checked against
// the bundled article: highlights by verdict, the claim's card, the badge and the popup's list.
test('claims on a page are highlighted by verdict, explained on hover, counted on the badge and listed in the popup', async ({
  context,
  page,
  server,
  serviceWorker,
  extensionId,
}) => {
  const url = server.url('claims.html');
  await page.setViewportSize({ width: 900, height: 560 });
  const lens = await HighlightedPage.open(page, url);
  await expect.poll(async () => (await lens.highlights()).filter((r) => r.kind.startsWith('claim-')).length).toBe(4);
  const claims = (await lens.settled()).filter((r) => r.kind.startsWith('claim-'));
  expect(claims.map((r) => [r.kind, r.text])).toEqual([
    ['claim-supported', 'more than 500 million users'],
    ['claim-contradicted', '20 data centres'],
    ['claim-contradicted', '2008'],
    ['claim-unverifiable', '1.3 billion users'],
  ]);
  // Lazada's "8 offices" is not something the article measures: no claim, only the name.
  expect(await lens.highlightTexts('#no-claim')).toEqual(['Lazada']);

  await lens.hoverMention('20 data centres');
  const card = page.getByRole('dialog', { name: 'Contradicted by the article' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('The page says“Alibaba Cloud runs 20 data centres around the world.”');
  await expect(card).toContainText('The article (South China Morning Post, 12 Nov 2017) says');
  await expect(card).toContainText('Alibaba Cloud has an international network of 15 data centres');
  await expect(card.getByRole('link', { name: 'paragraph 16' })).toHaveAttribute(
    'href',
    new RegExp(
      `^chrome-extension://${extensionId}/article\\.html\\?q=\\d+-\\d+#scmp-2017-11-12-alibaba-singles-day-p16$`,
    ),
  );
  await page.screenshot({ path: join(SCREENSHOTS, 'claim-card.png') });
  await lens.card.dismiss();
  await expect(card).toHaveCount(0);

  await expect.poll(() => badgeTextOf(serviceWorker, url)).toBe('2');

  const popup = await AskPopup.open(await context.newPage(), extensionId, await tabIdOf(serviceWorker, url));
  await expect(popup.claims).toHaveText([
    '✓ Supported Alipay: more than 500 million users',
    '✗ Contradicted Alibaba Cloud: 20 data centres',
    '✗ Contradicted Alipay: 2008',
    '? Not decidable Alipay: 1.3 billion users',
  ]);
  expect(lens.errors).toEqual([]);
  expect(popup.errors).toEqual([]);
});
