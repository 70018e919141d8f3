import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, HOST } from '../fixtures';
import { expectSaved, library, libraryItem, newArticle, typeArticle } from './helpers';
import { chooseFiles, chooseFolder, fileDialog } from './fileDialog';

/** The app as a person uses it: keys, the in-app file dialog, Settings; no scripted answers. */
test.skip(HOST === 'electron', 'The in-app file dialog and the browser-key guard are the browser host’s.');

/** The rows of the file dialog's list, by their accessible names. */
const rowNames = (page: Page) =>
  fileDialog(page)
    .getByRole('listbox', { name: 'Folder contents' })
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));

/** What a person waits for before pressing keys: the window showing the app. */
const ready = (page: Page) => expect(page.getByText('Nothing open')).toBeVisible();

test('Ctrl+N makes an article and typing goes to its headline; Ctrl+W closes it', async ({ app }) => {
  const { page } = app;
  await ready(page);
  await page.keyboard.press('Control+n');
  await expect(library(page).getByTestId('article-item')).toHaveCount(1);
  await expect(page.getByLabel('Headline', { exact: true })).toBeFocused();
  await page.keyboard.type('Typed straight away');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Typed straight away');
  await expectSaved(page);
  await expect(page.getByTestId('list-count')).toHaveText('1 article');
  await expect(page.getByTestId('read-time')).toHaveCount(0);

  // The "New article" button, clicked, leaves focus in the headline too: Space types, makes no drafts.
  await library(page).getByRole('button', { name: 'New article' }).click();
  await page.keyboard.press('Space');
  await expect(library(page).getByTestId('article-item')).toHaveCount(2);

  await page.keyboard.press('Control+w');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Nothing open')).toBeVisible();
});

test('going to the Trash and back keeps the open article; a dialog never opens beneath another', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Stays open' });
  await expectSaved(page);
  await library(page).getByRole('button', { name: 'Trash', exact: true }).click();
  await library(page).getByRole('button', { name: 'Articles', exact: true }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Stays open');

  await page.keyboard.press('Control+Shift+S');
  const saveVersion = page.getByRole('dialog', { name: 'Save version' });
  await expect(saveVersion.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByRole('dialog', { name: 'History' })).toHaveCount(0);
  await expect(saveVersion.getByRole('textbox')).toBeFocused();
});

test('Settings › Dark turns the app dark, and Light turns it back', async ({ app }) => {
  const { page } = app;
  await ready(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Dark', { exact: true }).check();
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  await page.keyboard.press('Control+,');
  await settings.getByLabel('Light', { exact: true }).check();
  await settings.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(light);
});

test('Open Data Folder shows the path to copy and opens it in the file manager', async ({ app }) => {
  const { page } = app;
  await ready(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.insertText('open data folder');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Data folder' });
  await expect(dialog.getByLabel('Data folder path')).toHaveValue(app.dataDir);
  await dialog.getByRole('button', { name: 'Open in file manager' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Opened in the file manager.');
  expect(app.openedFolders()).toEqual([app.dataDir]);
});

test('the file dialog: make a folder, complete with Tab, filter by type; Esc closes only it', async ({ app }) => {
  const { page } = app;
  const base = await mkdtemp(join(tmpdir(), 'copydesk-dialog-'));
  try {
    await mkdir(join(base, 'reports-2025'));
    await writeFile(join(base, 'story.md'), '# A story\n\nBody.\n');
    await writeFile(join(base, 'photo.jpg'), 'not really a picture');
    await newArticle(page);
    await typeArticle(page, { headline: 'Dialog test', body: ['Body.'] });
    await expectSaved(page);
    await page.keyboard.press('Control+e');
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    await exportDialog.getByRole('button', { name: 'Choose…' }).click();
    const dialog = fileDialog(page);
    const path = dialog.getByRole('combobox', { name: 'Path' });
    await expect(path).toBeFocused();
    await path.fill(`${base}/rep`);
    await path.press('Tab');
    await expect(path).toHaveValue(`${base}/reports-2025/`);
    // Folders only in a folder dialog: the files are not offered.
    await path.fill(`${base}/`);
    await expect.poll(() => rowNames(page)).toEqual(['reports-2025 (folder)']);
    await dialog.getByRole('button', { name: 'New folder…' }).click();
    await dialog.getByLabel('New folder name').fill('Tuesday');
    await dialog.getByLabel('New folder name').press('Enter');
    await expect(path).toHaveValue(`${base}/Tuesday/`);
    await path.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(exportDialog).toBeVisible();
    await expect(exportDialog.getByLabel('Destination folder')).toHaveValue('');
    expect((await readdir(base)).sort()).toEqual(['Tuesday', 'photo.jpg', 'reports-2025', 'story.md']);

    await chooseFolder(app, join(base, 'Tuesday'), () => exportDialog.getByRole('button', { name: 'Choose…' }).click());
    await expect(exportDialog.getByLabel('Destination folder')).toHaveValue(join(base, 'Tuesday'));
    await page.keyboard.press('Escape');

    // Import offers article files; "All files" shows the rest. The folder chosen last is a recent place.
    await page.keyboard.press('Control+o');
    await expect(dialog.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Tuesday' })).toBeVisible();
    await path.fill(`${base}/`);
    await expect.poll(() => rowNames(page)).toEqual(['reports-2025 (folder)', 'Tuesday (folder)', 'story.md']);
    await dialog.getByLabel('File type').selectOption('All files');
    await expect.poll(() => rowNames(page)).toEqual(['reports-2025 (folder)', 'Tuesday (folder)', 'photo.jpg', 'story.md']);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
  } finally {
    await rm(base, { recursive: true, force: true });
  }
});

test('exports Markdown into a folder chosen in the app and imports it back from a file chosen there', async ({ app }) => {
  const { page } = app;
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-roundtrip-'));
  try {
    await newArticle(page);
    await typeArticle(page, { section: 'WORLD', headline: 'Round trip through a file', body: ['Exported, then imported back.'] });
    await expectSaved(page);
    await page.keyboard.press('Control+e');
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    for (const format of ['HTML page', 'Word (DOCX)']) await exportDialog.getByLabel(format, { exact: true }).uncheck();
    await exportDialog.getByLabel('Markdown', { exact: true }).check();
    await chooseFolder(app, folder, () => exportDialog.getByRole('button', { name: 'Choose…' }).click());
    await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(exportDialog.getByTestId('export-progress')).toHaveText('Export finished: 1 of 1 export');
    await page.keyboard.press('Escape');
    expect(await readdir(folder)).toEqual(['round-trip-through-a-file.md']);

    await chooseFiles(app, [join(folder, 'round-trip-through-a-file.md')], 'Import', () =>
      library(page).getByRole('button', { name: 'Import…' }).click(),
    );
    await page.getByRole('dialog').getByRole('button', { name: 'Create article' }).click();
    await expect(libraryItem(page, 'Round trip through a file')).toHaveCount(2);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
