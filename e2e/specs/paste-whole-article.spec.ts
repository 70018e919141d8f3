import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { newArticle } from './helpers';
import { SEED, seedText } from '../../testing/seed';

// A whole saved news page (Readability's test corpus, licence in testing/webPages/).
const PAGE_HTML = readFileSync(resolve(import.meta.dirname, '../../testing/webPages/bbc-1/source.html'), 'utf8');

/** What Ctrl+V delivers: a real paste event on the body carrying the clipboard's flavours. */
async function paste(page: Page, data: { html?: string; text: string }): Promise<void> {
  await page.getByTestId('body-editor').evaluate((editor, { html, text }) => {
    const transfer = new DataTransfer();
    if (html) transfer.setData('text/html', html);
    transfer.setData('text/plain', text);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

const offer = (page: Page) => page.getByRole('status').filter({ hasText: 'looks like a whole article' });

test('Ctrl+V of a whole web page pastes it and offers Paste as new article, which takes it back out and opens the review', async ({
  app,
}) => {
  const { page } = app;
  await newArticle(page);
  const body = page.getByTestId('body-editor');
  await body.click();
  await page.keyboard.insertText('My own intro.');

  // A quote pasted into a story is just pasted: no offer.
  await paste(page, { html: '<p>“We will reopen,” she said.</p>', text: '“We will reopen,” she said.' });
  await expect(body).toContainText('We will reopen');
  await expect(offer(page)).toHaveCount(0);

  await paste(page, { html: PAGE_HTML, text: 'Obama admits US gun laws are his biggest frustration' });
  await expect(body).toContainText('gun');
  await expect(offer(page)).toContainText('Obama admits US gun laws are his');
  await offer(page).getByRole('button', { name: 'Paste as new article' }).click();

  const review = page.getByRole('dialog', { name: 'Review import: Pasted page' });
  await expect(review.locator('[data-field="headline"]')).toContainText('Obama admits US gun laws are his ‘biggest frustration’');
  // The page left this story: only what was there before the paste remains.
  await expect(body).toHaveText('My own intro.“We will reopen,” she said.');
});

test('Ctrl+V of a wire story as plain text offers it as a new article; the paste stays if the offer is ignored', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  const body = page.getByTestId('body-editor');
  await body.click();
  await paste(page, { text: seedText() });
  await expect(body).toContainText('Putin');
  await expect(offer(page)).toContainText(SEED.headline);
  await offer(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(offer(page)).toHaveCount(0);
  await expect(body).toContainText('Putin');

  await paste(page, { text: seedText() });
  await offer(page).getByRole('button', { name: 'Paste as new article' }).click();
  const review = page.getByRole('dialog', { name: 'Review import: Pasted text' });
  await expect(review.locator('[data-field="headline"]')).toContainText(SEED.headline);
  await review.getByRole('button', { name: 'Create article' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(SEED.headline);
});
