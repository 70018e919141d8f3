import { test, expect } from '../fixtures';
import { expectSaved, library, libraryItem, newArticle, selectedArticleId, typeArticle } from './helpers';
import type { Page } from '@playwright/test';

/** A new article, typed only once its own editor shows (the previous one's headline is visible until then). */
async function writeArticle(page: Page, headline: string, body: string[]): Promise<string> {
  const before = await library(page).getByTestId('article-item').count();
  await newArticle(page);
  await expect(library(page).getByTestId('article-item')).toHaveCount(before + 1);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('');
  await typeArticle(page, { headline, body });
  await expectSaved(page);
  return selectedArticleId(page);
}

test('find and replace across the library: preview by article, untick one, apply, the open article updates, History undoes it', async ({
  app,
}) => {
  const { page } = app;
  const weather = await writeArticle(page, 'Weather', ['Snow in Kiev tonight.']);
  const markets = await writeArticle(page, 'Markets', ['Traders in Kiev sold bonds.']);
  const talks = await writeArticle(page, 'Kiev talks resume', ['Delegates met in Kiev on Monday.']);

  await page.keyboard.press('Control+Alt+F');
  const dialog = page.getByRole('dialog', { name: 'Find and replace in library' });
  await dialog.getByLabel('Find', { exact: true }).fill('kiev');
  await dialog.getByLabel('Replace with').fill('Kyiv');
  await dialog.getByLabel('Whole word').check();
  await dialog.getByLabel('Find', { exact: true }).press('Enter');
  await expect(dialog.getByTestId('replace-found')).toHaveText('4 matches in 3 articles (3 articles searched).');
  const preview = dialog.getByTestId('replace-preview');
  await expect(preview.getByRole('region', { name: 'Kiev talks resume' }).locator('del')).toHaveText(['Kiev', 'Kiev']);
  await expect(preview.getByRole('region', { name: 'Kiev talks resume' }).locator('ins')).toHaveText(['Kyiv', 'Kyiv']);
  await page.screenshot({ path: test.info().outputPath('library-replace-preview.png') });

  await preview.getByLabel('Replace in “Weather”').uncheck();
  await dialog.getByRole('button', { name: 'Replace 3 matches in 2 articles' }).click();
  await expect(dialog.getByTestId('replace-summary')).toContainText('3 replacements in 2 articles.');
  await expect(dialog.getByTestId('replace-summary')).toContainText('Before replace “kiev” → “Kyiv”');
  await page.screenshot({ path: test.info().outputPath('library-replace-summary.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // On disk: the two chosen articles changed, the unticked one did not.
  expect((await app.readArticleFile(talks)).headline).toBe('Kyiv talks resume');
  expect(JSON.stringify((await app.readArticleFile(markets)).body)).toContain('Traders in Kyiv sold bonds.');
  expect(JSON.stringify((await app.readArticleFile(weather)).body)).toContain('Snow in Kiev tonight.');
  // The open article shows the replaced text, and typing on saves on top of it (no stale copy overwrites it).
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Kyiv talks resume');
  const body = page.getByTestId('body-editor');
  await expect(body).toHaveText('Delegates met in Kyiv on Monday.');
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' More.');
  await expectSaved(page);
  expect(JSON.stringify((await app.readArticleFile(talks)).body)).toContain('Delegates met in Kyiv on Monday. More.');
  await expect(libraryItem(page, 'Kyiv talks resume')).toHaveCount(1);

  // Undo through History: the version saved before the replacement.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('button', { name: /Before replace “kiev” → “Kyiv”/ }).click();
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Kiev talks resume');
  await expect(body).toHaveText('Delegates met in Kiev on Monday.');
});

test('a bad regular expression is explained, and a runaway one is stopped with a message', async ({ app }) => {
  const { page } = app;
  await writeArticle(page, 'Long line', [`${'a'.repeat(36)}!`]);
  await page.keyboard.press('Control+Alt+F');
  const dialog = page.getByRole('dialog', { name: 'Find and replace in library' });
  await dialog.getByLabel('Regex').check();
  await dialog.getByLabel('Find', { exact: true }).fill('(Kiev');
  await dialog.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('Not a valid regular expression');
  await dialog.getByLabel('Find', { exact: true }).fill('(a+)+$');
  await dialog.getByRole('button', { name: 'Find', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('The search was stopped after 1.5 s', { timeout: 15_000 });
  // The app still answers: the dialog closes and the article is there.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Long line');
});
