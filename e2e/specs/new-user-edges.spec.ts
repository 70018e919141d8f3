import { test, expect } from '../fixtures';
import { expectSaved, library, newArticle, typeArticle } from './helpers';
import { SEED, seedText } from '../../testing/seed';

test('after Delete in the library list the keyboard stays in the list, on the next article', async ({ app }) => {
  const { page } = app;
  for (const headline of ['Third story', 'Second story', 'First story']) {
    await newArticle(page);
    await typeArticle(page, { headline });
    await expectSaved(page);
  }
  const rows = library(page).getByTestId('article-item');
  await expect(rows).toHaveCount(3);
  // A click on a row (its button takes focus), then Delete: the row and its button go away.
  await rows.filter({ hasText: 'First story' }).locator('.article-open').click();
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(2);
  const list = library(page).getByTestId('article-list');
  await expect(list).toBeFocused();
  await expect(rows.filter({ hasText: 'Second story' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Second story');
  // The next Delete works on the next article, with no click between.
  await page.keyboard.press('Delete');
  await expect(rows).toHaveCount(1);
  await expect(list).toBeFocused();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Third story');
});

test('Escape in the Related dialog gives the body its focus back, however the dialog was opened', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  const body = page.getByTestId('body-editor');
  const dialog = page.getByRole('dialog', { name: 'Insert a Related teaser' });
  await body.click();
  await page.keyboard.type('Lead paragraph.');

  await page.keyboard.press('Control+Shift+R');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(body).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.type('/related ');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(body).toBeFocused();

  await page
    .getByRole('toolbar', { name: 'Formatting' })
    .getByRole('button', { name: /^Insert a Related teaser/ })
    .click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(body).toBeFocused();
  // Typing goes on where it was.
  await page.keyboard.type('More.');
  await expect(body).toContainText('More.');
});

test('History of an imported article opens with where it came from', async ({ app }) => {
  const { page } = app;
  await app.setClipboardText(seedText());
  await library(page).getByRole('button', { name: 'Paste as new' }).click();
  await page.getByRole('dialog', { name: 'Review import: Pasted text' }).getByRole('button', { name: 'Create article' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(SEED.headline);
  await page.getByLabel('Standfirst', { exact: true }).press('End');
  await page.keyboard.insertText(' More.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const versions = page.getByRole('dialog', { name: 'History' }).getByRole('list', { name: 'Versions' }).locator('.history-label');
  // Newest first: the oldest entry, at the bottom, is the article as imported, named by its source
  // (it used to be the first autosave, "Autosaved while typing").
  await expect(versions.last()).toHaveText('Imported from pasted text');
});
