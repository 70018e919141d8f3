import { test, expect } from '../fixtures';
import { expectSaved, library, newArticle, selectedArticleId, typeArticle } from './helpers';

test('delete moves to the trash, Undo and Restore bring it back, Delete for ever asks first', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Spiked story' });
  await expectSaved(page);
  const id = await selectedArticleId(page);
  const item = library(page).getByTestId('article-item').filter({ hasText: 'Spiked story' });

  await item.getByRole('button', { name: /Move “Spiked story” to the trash/ }).click();
  await expect(item).toHaveCount(0);
  expect(await app.articleFiles()).toEqual([]);
  await page.getByRole('status').filter({ hasText: 'moved to the trash' }).getByRole('button', { name: 'Undo' }).click();
  await expect(item).toHaveCount(1);
  expect(await app.articleFiles()).toEqual([`${id}.json`]);

  await item.getByRole('button', { name: /Move “Spiked story” to the trash/ }).click();
  await library(page).getByRole('button', { name: 'Trash', exact: true }).click();
  const trashed = library(page).getByTestId('article-item').filter({ hasText: 'Spiked story' });
  await expect(trashed).toHaveCount(1);
  await trashed.getByRole('button', { name: 'Restore' }).click();
  await expect(trashed).toHaveCount(0);
  await library(page).getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(item).toHaveCount(1);

  await item.getByRole('button', { name: /Move “Spiked story” to the trash/ }).click();
  await library(page).getByRole('button', { name: 'Trash', exact: true }).click();
  await trashed.getByRole('button', { name: 'Delete for ever' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('cannot be restored');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(trashed).toHaveCount(1);
  await trashed.getByRole('button', { name: 'Delete for ever' }).click();
  await dialog.getByRole('button', { name: 'Delete for ever' }).click();
  await expect(trashed).toHaveCount(0);
  await expect(library(page)).toContainText('The trash is empty.');
});
