import { test, expect } from '../fixtures';
import { libraryItem } from './helpers';
import { createReviewedStory } from './reviewedStory';

type Page = import('@playwright/test').Page;

/** The selected words wherever the focus is: a field's own selection, or the body's. */
const selected = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)
      return `${el.getAttribute('aria-label')}: ${el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)}`;
    return `Body: ${window.getSelection()?.toString() ?? ''}`;
  });

test('next and previous change go through the fields’ suggestions and comments in reading order, then the body', async ({ app }) => {
  const { page } = app;
  await createReviewedStory(page, (article) => {
    article.dateline = 'YORK';
    article.source = 'Agencies and staff';
    const query = { parentId: null, author: 'Ann Desk', initials: 'AD', date: '2026-11-29T10:05:00.000Z', resolved: false };
    article.review.comments.push(
      { ...query, id: 'b1', text: 'Full name?', quote: 'Sam', fieldAnchor: { field: 'byline', start: 0, end: 3 } },
      { ...query, id: 's1', text: 'Which staff?', quote: 'staff', fieldAnchor: { field: 'source', start: 13, end: 18 } },
    );
  });
  await libraryItem(page, 'Mayor to reopen bridge').locator('.article-open').click();
  const headline = page.getByLabel('Headline', { exact: true });
  await headline.click();
  await page.keyboard.press('Control+Home');

  // The headline suggestion ("Mayor reopens bridge" → "Mayor to reopen bridge") selects the words it changed.
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(() => selected(page)).toBe('Headline: to reopen');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(() => selected(page)).toBe('Byline: Sam');
  await expect(page.getByLabel('Byline', { exact: true })).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(() => selected(page)).toBe('Body: MondayTuesday');
  await expect(page.getByTestId('body-editor')).toBeFocused();

  // Back up from the body to the byline, and from the headline round to the source line below the body.
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(() => selected(page)).toBe('Byline: Sam');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(() => selected(page)).toBe('Headline: to reopen');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(() => selected(page)).toBe('Source: staff');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(() => selected(page)).toBe('Headline: to reopen');
});
