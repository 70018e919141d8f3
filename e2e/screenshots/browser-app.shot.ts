import { test, type Page } from '@playwright/test';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { launchBrowserHost } from '../../hosts/browser/browserHost';
import { makePng } from '../../testing/pngForTests';
import { seedText } from '../../testing/seed';
import { fileDialog, fileRows, pickFileInDialog, pickFolderInDialog } from '../specs/fileDialog';

/**
 * The views issue 12 changed, at 1600×1000 and at 900 px wide: the in-app file dialog in each of its uses,
 * the data folder dialog, the editor and the trash at a narrow width, the dark theme from Settings.
 */
const OUT = resolve(import.meta.dirname, '../../screenshots/browser-app');
const SIZES = [
  { name: 'wide', width: 1600, height: 1000 },
  { name: 'narrow', width: 900, height: 1000 },
] as const;

async function seed(page: Page, dataDir: string, setClipboard: (text: string) => Promise<void>) {
  await page.getByText('Nothing open').waitFor();
  await setClipboard(seedText());
  await page.getByRole('button', { name: 'Paste as new' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create article' }).click();
  const pictures = join(dataDir, '..', `pictures-${Date.now()}`);
  await mkdir(pictures);
  await writeFile(join(pictures, 'putin-call.png'), makePng(1600, 900));
  await writeFile(join(pictures, 'caracas-port.jpg'), makePng(1200, 800));
  await page.getByRole('button', { name: 'Choose image…' }).click();
  await fileDialog(page).getByRole('combobox', { name: 'Path' }).fill(`${pictures}/`);
  await fileRows(page).first().waitFor();
  return pictures;
}

for (const size of SIZES) {
  test(`browser app views, ${size.name}`, async () => {
    test.setTimeout(120_000);
    const { dir, cleanup } = await makeTempDataDir('copydesk-shots-');
    const session = await launchBrowserHost({ dataDir: dir, viewport: { width: size.width, height: size.height } });
    const shot = (name: string) => session.page.screenshot({ path: `${OUT}/${name}-${size.name}.png`, timeout: 15_000 });
    try {
      const { page } = session;
      const pictures = await seed(page, dir, session.setClipboardText);
      await shot('file-dialog-image');
      await pickFileInDialog(page, join(pictures, 'putin-call.png'));
      await page.getByLabel('Alt text', { exact: true }).fill('Vladimir Putin speaks on the phone');
      await page.getByText('Saved', { exact: true }).waitFor();
      for (const close of await page.getByRole('button', { name: 'Dismiss' }).all()) await close.click();
      await shot('editor');

      const exports = join(dir, '..', `exports-${size.name}`);
      await mkdir(exports, { recursive: true });
      await page.keyboard.press('Control+e');
      const exportDialog = page.getByRole('dialog', { name: 'Export' });
      for (const format of ['Markdown', 'Plain text (wire)', 'PDF']) await exportDialog.getByLabel(format, { exact: true }).check();
      await exportDialog.getByRole('button', { name: 'Choose…' }).click();
      await fileDialog(page).getByRole('combobox', { name: 'Path' }).fill(`${join(dir, '..')}/exp`);
      await fileRows(page).first().waitFor();
      await shot('file-dialog-export-typing');
      await pickFolderInDialog(page, exports);
      await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
      await exportDialog.getByText(/Export finished/).waitFor({ timeout: 30_000 });
      await shot('export-summary');
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+o');
      await fileDialog(page).getByRole('combobox', { name: 'Path' }).fill(`${exports}/`);
      await fileRows(page).first().waitFor();
      await shot('file-dialog-import');
      await fileDialog(page).getByRole('button', { name: 'New folder…' }).click();
      await fileDialog(page).getByLabel('New folder name').fill('Tuesday desk');
      await shot('file-dialog-new-folder');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Back up…' }).click();
      await fileDialog(page).getByRole('combobox', { name: 'Path' }).fill(`${exports}/`);
      await shot('file-dialog-backup');
      await pickFolderInDialog(page, exports);
      await page.getByRole('status').filter({ hasText: 'Backed up' }).waitFor();
      const zip = (await readdir(exports)).find((f) => f.endsWith('.zip'))!;
      await page.getByRole('button', { name: 'Restore…' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Choose backup…' }).click();
      await fileDialog(page).getByRole('combobox', { name: 'Path' }).fill(`${exports}/`);
      await fileRows(page).filter({ hasText: zip }).waitFor();
      await shot('file-dialog-restore');
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+k');
      await page.keyboard.insertText('open data folder');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Data folder' }).waitFor();
      await shot('data-folder');
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+,');
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByLabel('Dark', { exact: true }).check();
      await settings.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByLabel('Headline', { exact: true }).waitFor();
      await shot('editor-dark');
      await page.getByRole('button', { name: 'Back up…' }).click();
      await fileDialog(page).getByRole('combobox', { name: 'Path' }).fill(`${join(dir, '..')}/`);
      await fileRows(page).first().waitFor();
      await shot('file-dialog-dark');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Trash', exact: true }).click();
      await page.getByRole('button', { name: 'Articles', exact: true }).click();
      await page.getByLabel('Headline', { exact: true }).waitFor();
      const first = page.getByTestId('article-item').first();
      await first.getByRole('button', { name: /to the trash/ }).click({ force: true });
      await page.getByRole('button', { name: 'Trash', exact: true }).click();
      await page.getByTestId('article-item').filter({ hasText: 'Putin backs Maduro' }).waitFor();
      while ((await page.getByRole('button', { name: 'Dismiss' }).count()) > 0) await page.getByRole('button', { name: 'Dismiss' }).first().click();
      await shot('trash');
      await page.getByRole('button', { name: 'Articles', exact: true }).click();

    } finally {
      await session.close();
      await cleanup();
    }
  });
}
