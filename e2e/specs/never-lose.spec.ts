import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { expectSaved, libraryItem, newArticle, openArticle, selectedArticleId, typeArticle, library } from './helpers';
import { chooseFile, chooseFolder } from './fileDialog';

test('text typed just before a reload is saved, before the autosave delay', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Reload race' });
  await expectSaved(page);
  const id = await selectedArticleId(page);
  await page.getByTestId('body-editor').click();
  await page.keyboard.insertText('Typed a moment before the window went away.');
  // No wait for "Saved": the page goes at once, well inside the autosave delay.
  await page.reload();
  await openArticle(page, 'Reload race');
  await expect(page.getByTestId('body-editor')).toContainText('Typed a moment before the window went away.');
  expect(JSON.stringify((await app.readArticleFile(id)).body)).toContain('Typed a moment before the window went away.');
});

test('a corrupt file in articles/ is quarantined with a banner, and the other articles open', async ({ app }) => {
  let page = app.page;
  await newArticle(page);
  await typeArticle(page, { headline: 'Healthy story', body: ['Still here.'] });
  await expectSaved(page);
  await writeFile(
    join(app.dataDir, 'articles', '0d9f1c8e-3b7a-4f2e-9c1d-5a6b7c8d9e0f.json'),
    '{"id": "0d9f1c8e-3b7a-4f2e-9c1d-5a6b7c8d9e0f", "headline": "Trunc',
  );
  page = await app.restart();
  const banner = page.getByTestId('quarantine-banner');
  await expect(banner).toContainText('One file could not be read');
  await expect(banner).toContainText('0d9f1c8e-3b7a-4f2e-9c1d-5a6b7c8d9e0f.json');
  await expect(banner).toContainText('not valid JSON');
  await banner.getByRole('button', { name: 'Show in folder' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'no longer' })).toHaveCount(0);
  await openArticle(page, 'Healthy story');
  await expect(page.getByTestId('body-editor')).toContainText('Still here.');
  const quarantined = await readdir(join(app.dataDir, 'quarantine'));
  expect(quarantined.some((f) => f.endsWith('0d9f1c8e-3b7a-4f2e-9c1d-5a6b7c8d9e0f.json'))).toBe(true);
  expect(quarantined.some((f) => f.endsWith('.reason.json'))).toBe(true);
});

test('backs up the library and restores it, keeping the library it replaced', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'In the backup' });
  await expectSaved(page);
  const backups = join(app.dataDir, '..', `backups-${Date.now()}`);
  await mkdir(backups);
  await chooseFolder(app, backups, () => library(page).getByRole('button', { name: 'Back up…' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toBeVisible();
  const [zip] = await readdir(backups);
  expect(zip).toMatch(/^Copydesk backup .*\.zip$/);

  await libraryItem(page, 'In the backup')
    .getByRole('button', { name: /to the trash/ })
    .click();
  await newArticle(page);
  await typeArticle(page, { headline: 'After the backup' });
  await expectSaved(page);

  await library(page).getByRole('button', { name: 'Restore…' }).click();
  await chooseFile(app, join(backups, zip!), () => page.getByRole('alertdialog').getByRole('button', { name: 'Choose backup…' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
  await expect(libraryItem(page, 'In the backup')).toHaveCount(1);
  await expect(libraryItem(page, 'After the backup')).toHaveCount(0);
  const siblings = await readdir(join(app.dataDir, '..'));
  expect(siblings.some((name) => name.includes('-before-restore-'))).toBe(true);
});

test('an article saved by a newer Copydesk opens read-only, says why, and is never overwritten', async ({ app }) => {
  let page = app.page;
  await newArticle(page);
  await typeArticle(page, { headline: 'From the future' });
  await expectSaved(page);
  const id = await selectedArticleId(page);
  const file = join(app.dataDir, 'articles', `${id}.json`);
  const future = { ...(await app.readArticleFile(id)), schemaVersion: 99 };
  await writeFile(file, JSON.stringify(future));
  page = await app.restart();
  await openArticle(page, 'From the future');
  await expect(page.getByRole('alert').filter({ hasText: 'Read-only' })).toContainText('newer version of Copydesk');
  await expect(page.getByLabel('Headline', { exact: true })).toBeDisabled();
  expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(99);
});
