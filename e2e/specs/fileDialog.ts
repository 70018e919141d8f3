import { expect, type Page } from '@playwright/test';
import { basename, dirname, sep } from 'node:path';
import { HOST, type CopydeskApp } from '../fixtures';

/** The in-app file dialog (the browser host's; Electron shows a native one). */
export const fileDialog = (page: Page) => page.getByRole('dialog').filter({ has: page.getByRole('combobox', { name: 'Path' }) });

/** The rows of the listed folder (the File type menu has options too). */
export const fileRows = (page: Page) => fileDialog(page).getByRole('listbox', { name: 'Folder contents' }).getByRole('option');

const withSep = (folder: string) => (folder.endsWith(sep) ? folder : folder + sep);

/**
 * Chooses a folder as a person does: `open` is what they click (Choose…, Back up…), then they type the
 * folder's path into the dialog and press Enter. Electron's native dialog cannot be driven, so there the
 * answer is given in main before `open` runs.
 */
export async function chooseFolder(app: CopydeskApp, folder: string, open: () => Promise<void>): Promise<void> {
  if (HOST === 'electron') {
    await app.answerNativeDialog([folder]);
    return open();
  }
  await open();
  await pickFolderInDialog(app.page, folder);
}

/** In the open dialog: type the folder's path, Enter (an empty name after the separator is "this folder"). */
export async function pickFolderInDialog(page: Page, folder: string): Promise<void> {
  const dialog = fileDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Path' }).fill(withSep(folder));
  await dialog.getByRole('combobox', { name: 'Path' }).press('Enter');
  await expect(dialog).toHaveCount(0);
}

/** Chooses one file by typing its path and pressing Enter once it shows in the list. */
export async function chooseFile(app: CopydeskApp, file: string, open: () => Promise<void>): Promise<void> {
  if (HOST === 'electron') {
    await app.answerNativeDialog([file]);
    return open();
  }
  await open();
  await pickFileInDialog(app.page, file);
}

/** In the open dialog: type the file's path, wait for it in the list, Enter. */
export async function pickFileInDialog(page: Page, file: string): Promise<void> {
  const dialog = fileDialog(page);
  await expect(dialog).toBeVisible();
  const path = dialog.getByRole('combobox', { name: 'Path' });
  await path.fill(file);
  await expect(dialog.getByRole('option', { name: basename(file), exact: true })).toBeVisible();
  await path.press('Enter');
  await expect(dialog).toHaveCount(0);
}

/** Chooses several files of one folder: go to the folder, Ctrl+click each, press the accept button. */
export async function chooseFiles(app: CopydeskApp, files: string[], accept: string, open: () => Promise<void>): Promise<void> {
  if (HOST === 'electron') {
    await app.answerNativeDialog(files);
    return open();
  }
  await open();
  const dialog = fileDialog(app.page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Path' }).fill(withSep(dirname(files[0]!)));
  for (const file of files) await dialog.getByRole('option', { name: basename(file), exact: true }).click({ modifiers: ['ControlOrMeta'] });
  await dialog.getByRole('button', { name: accept, exact: true }).click();
  await expect(dialog).toHaveCount(0);
}
