import { loadCatalog } from '../src/node/load-data';
import { expect, test } from './fixtures';
import { countBy } from './helpers/highlight-ranges';
import { HighlightedPage } from './pages/highlighted-page';

/** Every name in the catalog, folded the way the matcher folds them: case, apostrophes, spacing. */
const fold = (name: string) => name.replace(/['’ʼ]/g, '').replace(/\s+/g, ' ').toLowerCase();
const CATALOG_NAMES = new Set(loadCatalog().flatMap((e) => e.aliases.map((a) => fold(a.text))));

test.describe('reading the source article', () => {
  test('the article’s Alibaba units, people and events are highlighted, and nothing else', async ({ page, server }) => {
    const article = await HighlightedPage.open(page, server.url('scmp-article.html'));

    const all = await article.settled();
    // The article's own figures are claims too (e2e/claims.spec.ts); none may contradict the article.
    const ranges = all.filter((r) => !r.kind.startsWith('claim-'));
    expect(all.filter((r) => r.kind === 'claim-contradicted').map((r) => r.text)).toEqual([]);
    const texts = ranges.map((r) => r.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Alibaba Cloud',
        'Alipay',
        'Singles’ Day',
        'Ant Financial Services Group',
        'Michael Evans',
        'Lazada Group',
      ]),
    );
    // Banks, analysts and vendors the article quotes are not Alibaba units.
    for (const outsider of ['Goldman Sachs', 'Morningstar', 'Verifone', 'Pinsent Masons'])
      expect(
        texts.filter((t) => t.includes(outsider)),
        outsider,
      ).toEqual([]);
    // Each highlight covers a whole catalog name: no fragments, no words beyond the name.
    expect(texts.filter((t) => !CATALOG_NAMES.has(fold(t)))).toEqual([]);
    const counts = countBy(ranges, (r) => r.kind);
    for (const kind of ['parent', 'business-unit', 'affiliate', 'event', 'person'])
      expect(counts[kind] ?? 0, `highlights of kind ${kind}`).toBeGreaterThan(0);
    expect(await article.highlightTexts('h1')).toEqual(['Alibaba', 'Singles’ Day']);
    expect(article.errors).toEqual([]);
  });

  test('hovering Alipay opens its card with a cited fact, and Escape closes it', async ({
    page,
    server,
    extensionId,
  }) => {
    const article = await HighlightedPage.open(page, server.url('scmp-article.html'));
    await article.settled();

    await article.hoverMention('Alipay');

    const card = article.card;
    await expect(card.dialog('Alipay')).toBeVisible();
    await expect(card.dialog('Alipay').getByRole('heading')).toHaveText('Alipay');
    await expect(card.fact('Alipay', 'more than 520 million users')).toHaveCount(1);
    const citation = card.citation('Alipay', 'more than 520 million users');
    await expect(citation).toHaveText('South China Morning Post, 12 Nov 2017, paragraph 17');
    // The extension's own copy of the article, at paragraph 17 (a query may say which words to mark).
    await expect(citation).toHaveAttribute(
      'href',
      new RegExp(
        `^chrome-extension://${extensionId}/article\\.html(\\?[^#]*)?#scmp-2017-11-12-alibaba-singles-day-p17$`,
      ),
    );

    await card.dismiss();
    await expect(card.dialogs).toHaveCount(0);
    // Closing renders nothing; the shadow host stays for the next card.
    await expect(card.host).toHaveCount(1);
    expect(article.errors).toEqual([]);
  });

  test('the page’s DOM is unchanged apart from the one card host', async ({ page, server }) => {
    const article = await HighlightedPage.open(page, server.url('scmp-article.html'));
    await article.settled();
    let dom = await article.servedAndLiveDom();
    expect(dom.live).toBe(dom.served);

    await article.hoverMention('Alipay');
    await expect(article.card.dialog('Alipay')).toBeVisible();
    await article.hoverMention('Lazada Group');
    await expect(article.card.dialog('Lazada')).toBeVisible();

    await expect(article.card.host).toHaveCount(1);
    dom = await article.servedAndLiveDom();
    expect(dom.live).toBe(dom.served);
    expect(article.errors).toEqual([]);
  });
});

test('look-alike words, links, attributes and URLs are not highlighted', async ({ page, server }) => {
  const traps = await HighlightedPage.open(page, server.url('traps.html'));

  // One second of nothing after the script has started: it read the page and found no mention.
  expect(await traps.settled(1_000)).toEqual([]);

  // A real mention added at the end of the page does get highlighted: the script was reading all along,
  // and got past every trap above it.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Alibaba, for real this time.';
    document.body.append(p);
  });
  await expect.poll(() => traps.highlightTexts()).toEqual(['Alibaba']);
  expect(traps.errors).toEqual([]);
});

test('highlights follow a page that rewrites its text', async ({ page, server }) => {
  const ticker = await HighlightedPage.open(page, server.url('dynamic.html'));
  expect((await ticker.settled()).map((r) => r.text)).toEqual(['Alipay', 'Alipay']);

  await page.getByRole('button', { name: 'Start live updates' }).click();
  await expect(page.getByText('Updates finished')).toBeVisible();

  // #swapped ended without a name, #edited (rewritten in place) ended with one, the feed grew ten.
  const ranges = await ticker.settled();
  expect(
    ranges.filter((r) => !r.live),
    'collapsed or detached ranges still highlighted',
  ).toEqual([]);
  expect(await ticker.highlightTexts('#swapped')).toEqual([]);
  expect(await ticker.highlightTexts('#edited')).toEqual(['Alipay']);
  expect(await ticker.highlightTexts('#feed')).toEqual(Array(10).fill('Taobao'));
  expect(ranges.map((r) => r.text)).toEqual(['Alipay', ...Array(10).fill('Taobao')]);
  expect(ticker.errors).toEqual([]);
});

test('text fields and editable regions are left alone, even while the reader types', async ({ page, server }) => {
  const form = await HighlightedPage.open(page, server.url('editable.html'));

  expect(await form.settled()).toEqual([{ kind: 'parent', text: 'Alibaba', live: true }]);
  expect(await form.highlightTexts('p')).toEqual(['Alibaba']);

  await page.getByText('Alibaba in here').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' and Alipay too');
  await page.getByRole('textbox', { name: 'Subject' }).fill('Alipay and Taobao');

  await expect(page.getByText('Alibaba in here and Alipay too')).toBeVisible();
  expect((await form.settled()).map((r) => r.text)).toEqual(['Alibaba']);
  expect(await form.highlightTexts('p')).toEqual(['Alibaba']);
  expect(form.errors).toEqual([]);
});
