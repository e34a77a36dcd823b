import { join } from 'node:path';
import { expect, test } from './fixtures';
import { tabIdOf } from './helpers/tabs';
import { AskPopup } from './pages/ask-popup';

const SCREENSHOTS = join(import.meta.dirname, '../docs/screenshots');

test.describe('the popup', () => {
  test('says when the article does not answer, with related passages', async ({ page, extensionId }) => {
    const popup = await AskPopup.open(page, extensionId);
    await popup.ask('How many users does Tencent have?');
    await expect(popup.answer).toContainText('The article does not answer this.');
    await expect(popup.answer).toContainText('It does not cover what the question names.');
    await popup.ask('How many employees does Alibaba Cloud have?');
    await expect(popup.answer).toContainText('The article does not answer this.');
    await expect(popup.answer.getByRole('listitem')).not.toHaveCount(0);
    expect(popup.errors).toEqual([]);
  });

  test('opens the answer in the article with the quoted sentence marked', async ({ context, page, extensionId }) => {
    const popup = await AskPopup.open(page, extensionId);
    await popup.ask('How many data centres does Alibaba Cloud have?');
    await expect(popup.answer.locator('.short')).toHaveText('15');
    const [article] = await Promise.all([
      context.waitForEvent('page'),
      popup.answer.getByRole('button', { name: 'Open in article' }).click(),
    ]);
    await expect(article).toHaveURL(/article\.html\?q=\d+-\d+#scmp-2017-11-12-alibaba-singles-day-p16$/);
    await expect(article.locator('mark')).toHaveText(
      /^At present, Alibaba Cloud has an international network of 15 data centres/,
    );
    await expect(article.locator('#scmp-2017-11-12-alibaba-singles-day-p16')).toBeInViewport();
    await article.setViewportSize({ width: 900, height: 700 });
    await article.screenshot({ path: join(SCREENSHOTS, 'article.png') });
  });

  test('lists the units of the page and jumps to one, opening its card; the site switch turns highlighting off', async ({
    context,
    page,
    extensionId,
    serviceWorker,
    server,
  }) => {
    const site = page;
    await site.setViewportSize({ width: 1000, height: 700 });
    await site.goto(server.url('scmp-article.html'));
    await expect
      .poll(() => site.evaluate(() => CSS.highlights.get('fact-lens-affiliate')?.size ?? 0))
      .toBeGreaterThan(5);
    const popup = await AskPopup.open(
      await context.newPage(),
      extensionId,
      await tabIdOf(serviceWorker, server.url('scmp-article.html')),
    );
    await expect(popup.units).toContainText(['Alibaba Group ×21', 'Alipay ×10']);
    await popup.units.filter({ hasText: 'Alipay' }).click();
    const card = site.getByRole('dialog', { name: 'Alipay' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('more than 520 million users');
    await site.screenshot({ path: join(SCREENSHOTS, 'hover-card.png') });
    await popup.page.getByRole('checkbox', { name: /Highlight Alibaba units on 127\.0\.0\.1/ }).uncheck();
    await expect.poll(() => site.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0))).toBe(0);
    expect(popup.errors).toEqual([]);
  });
});
