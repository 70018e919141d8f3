import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';

test('saves a named version, shows a word diff in History, and restores it as a new version', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'History test', body: ['Original wording of the lead.'] });
  await expectSaved(page);
  const id = await selectedArticleId(page);

  await page.keyboard.press('Control+Shift+S');
  const name = page.getByRole('dialog', { name: 'Save version' });
  await name.getByRole('textbox').fill('First draft');
  await name.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved version “First draft”' })).toBeVisible();

  const body = page.getByTestId('body-editor');
  await body.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText('Rewritten wording of the lead.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History' });
  await history.getByRole('button', { name: /First draft/ }).click();
  const diff = history.getByTestId('history-diff');
  await expect(diff.locator('del')).toContainText(['Original']);
  await expect(diff.locator('ins')).toContainText(['Rewritten']);
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored as a new version' })).toBeVisible();

  await expect(body).toHaveText('Original wording of the lead.');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(JSON.stringify((await app.readArticleFile(id)).body)).toContain('Original wording of the lead.');

  // Nothing was overwritten: the rewritten text is in History too.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(history.getByRole('button', { name: /Before a restore/ })).toHaveCount(1);
});
