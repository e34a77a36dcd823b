import type { Page } from '@playwright/test';

/**
 * Records the page's console errors and uncaught exceptions from now on, so a test can assert that
 * there were none. Returns the live list.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}
