import { expect, test } from './fixtures';
import { AskPopup } from './pages/ask-popup';

// Issue 5, requirement 6: the popup is usable from the keyboard with visible focus, names its parts,
// follows the system's theme and does not move the question box when an answer arrives.
test.describe('the popup’s manners', () => {
  test('is used from the keyboard alone: suggestions by arrow keys, Enter, Tab to the answer’s link', async ({
    page,
    extensionId,
  }) => {
    const popup = await AskPopup.open(page, extensionId);
    await expect(popup.box).toBeFocused();
    await page.keyboard.type('How many users does Alip');
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    await expect(suggestions.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(suggestions.first()).toHaveAttribute('aria-selected', 'true');
    await expect(popup.box).toHaveAttribute('aria-activedescendant', 'suggestion-0');
    const picked = (await suggestions.first().textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(popup.box).toHaveValue(picked);
    await expect(popup.answer.getByRole('button', { name: 'Open in article' })).toBeVisible();
    // Tab goes on to the answer's link, and its focus is drawn.
    const link = popup.answer.getByRole('button', { name: 'Open in article' });
    for (let tries = 0; tries < 10 && !(await link.evaluate((b) => b === document.activeElement)); tries++)
      await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    expect(await link.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
    expect(popup.errors).toEqual([]);
  });

  test('follows the system’s light and dark themes', async ({ page, extensionId }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    /** The sum of a colour's red, green and blue: low is dark. */
    const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
    await page.emulateMedia({ colorScheme: 'dark' });
    await AskPopup.open(page, extensionId);
    expect(lightness(await background())).toBeLessThan(200);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(lightness(await background())).toBeGreaterThan(600);
  });

  test('keeps the question box where it was when an answer arrives', async ({ page, extensionId }) => {
    const popup = await AskPopup.open(page, extensionId);
    await expect(page.getByTestId('summary')).toBeVisible();
    const before = await popup.box.boundingBox();
    await popup.ask('How many users does Alipay have?');
    await expect(popup.answer.locator('.short')).toHaveText('more than 520 million');
    expect(await popup.box.boundingBox()).toEqual(before);
  });
});
