import { test, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { launchBrowserHost, type HostSession } from '../../hosts/browser/browserHost';
import { makePng } from '../../testing/pngForTests';
import { seedText } from '../../testing/seed';
import { fileDialog, pickFileInDialog, pickFolderInDialog } from '../specs/fileDialog';
import { copySeededLibrary } from '../../testing/seededLibrary';

const OUT = resolve(import.meta.dirname, '../../screenshots');

/** A few realistic library entries besides the seed story. */
const LIBRARY_ARTICLES = [
  { section: 'BUSINESS', headline: 'Oil prices climb as tanker seizure rattles Caribbean shipping', standfirst: 'Brent crude rose 2 percent in early trading.', status: 'ready' as const, byline: 'Reuters' },
  { section: 'EUROPE', headline: 'EU ministers agree on new sanctions package after marathon talks', standfirst: 'The package targets shipping and finance.', status: 'editing' as const },
  { section: 'CLIMATE', headline: 'Record heat in the Pacific threatens coral reefs, scientists warn', standfirst: 'Sea temperatures hit a new high for November.', status: 'draft' as const },
];

async function withHost(colorScheme: 'light' | 'dark', run: (session: HostSession, dataDir: string) => Promise<void>) {
  const { dir, cleanup } = await makeTempDataDir('copydesk-shots-');
  const session = await launchBrowserHost({ dataDir: dir, colorScheme, viewport: { width: 1440, height: 900 } });
  try {
    await run(session, dir);
  } finally {
    await session.close();
    await cleanup();
  }
}

/** The seed story pasted, reviewed and given a lead picture, as a journalist would set it up. */
async function pasteSeed(session: HostSession, dataDir: string, shots: { review?: string } = {}) {
  const { page } = session;
  await page.evaluate(async (articles) => {
    for (const fields of articles) await window.copydesk.createArticle({ fields });
  }, LIBRARY_ARTICLES);
  await page.reload();
  await session.setClipboardText(seedText());
  await page.getByRole('button', { name: 'Paste as new' }).click();
  const review = page.getByRole('dialog');
  await review.waitFor();
  if (shots.review) await page.screenshot({ path: `${OUT}/${shots.review}` });
  await review.getByRole('button', { name: 'Create article' }).click();
  const picture = join(dataDir, 'lead.png');
  await writeFile(picture, makePng(1600, 900));
  await page.getByRole('button', { name: 'Choose image…' }).click();
  await pickFileInDialog(page, picture);
  await page.getByLabel('Alt text', { exact: true }).fill('Vladimir Putin speaks on the phone');
  await page.getByText('Saved', { exact: true }).waitFor();
  for (const close of await page.getByRole('button', { name: 'Dismiss' }).all()) await close.click();
}

async function showPreview(page: Page, width: 'Desktop' | 'Mobile') {
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: width }).click();
  await page.locator('.cdp-root img').first().waitFor();
}

test.beforeAll(() => mkdir(OUT, { recursive: true }));

test('library, editor, review and previews of the seed story', async () => {
  await withHost('light', async (session, dataDir) => {
    const { page } = session;
    await pasteSeed(session, dataDir, { review: 'import-review.png' });
    await page.getByLabel('Headline', { exact: true }).click();
    await page.screenshot({ path: `${OUT}/editor-seed.png` });
    await page.screenshot({ path: `${OUT}/library.png`, clip: { x: 0, y: 0, width: 720, height: 900 } });
    await showPreview(page, 'Desktop');
    await page.screenshot({ path: `${OUT}/preview-desktop.png` });
    await page.locator('.cdp-pane-scroll').evaluate((el) => el.scrollTo(0, 700));
    await page.screenshot({ path: `${OUT}/preview-desktop-body.png` });
    await page.locator('.cdp-pane-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: `${OUT}/preview-desktop-end.png` });
    await showPreview(page, 'Mobile');
    await page.screenshot({ path: `${OUT}/preview-mobile.png` });
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByTestId('body-editor').locator('p').first().click();
    await page.keyboard.press('Control+a');
    await page.getByRole('button', { name: 'Link (Ctrl+K)' }).click();
    await page.getByRole('dialog', { name: 'Link' }).getByRole('textbox').fill('javascript:alert(1)');
    await page.screenshot({ path: `${OUT}/link-dialog.png` });
  });
});

test('dark mode follows the system', async () => {
  await withHost('dark', async (session, dataDir) => {
    const { page } = session;
    await pasteSeed(session, dataDir);
    await page.screenshot({ path: `${OUT}/editor-dark.png` });
    await showPreview(page, 'Desktop');
    await page.screenshot({ path: `${OUT}/preview-dark.png` });
  });
});

test('export dialog and its summary', async () => {
  await withHost('light', async (session, dataDir) => {
    const { page } = session;
    await pasteSeed(session, dataDir);
    const folder = join(dataDir, 'exports');
    await mkdir(folder);
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    for (const format of ['HTML page', 'Markdown', 'IPTC ninjs', 'IPTC NITF 3.6', 'Word (DOCX)', 'PDF']) await dialog.getByLabel(format, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Choose…' }).click();
    await fileDialog(page).getByRole('combobox', { name: 'Path' }).fill(`${folder}/`);
    // The new folder is empty: its listing says so. (Waiting for a row waited for ever when none showed on the way.)
    await fileDialog(page).getByRole('listbox', { name: 'Folder contents' }).getByText('Nothing here matches.').waitFor();
    await page.screenshot({ path: `${OUT}/file-dialog-export-folder.png` });
    await pickFolderInDialog(page, folder);
    await dialog.getByText('Options').click();
    await page.screenshot({ path: `${OUT}/export-dialog.png` });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByText(/Export finished/).waitFor();
    await page.screenshot({ path: `${OUT}/export-summary.png` });
  });
});

test('a library of 10,000 generated articles, searched and filtered', async () => {
  test.setTimeout(240_000);
  const { dir, cleanup } = await makeTempDataDir('copydesk-shots-');
  await copySeededLibrary(10_000, dir);
  const session = await launchBrowserHost({ dataDir: dir, viewport: { width: 1440, height: 900 } });
  try {
    const { page } = session;
    await page.getByTestId('list-count').getByText('10,000 articles').waitFor({ timeout: 60_000 });
    await page.getByTestId('article-item').nth(2).locator('.article-open').click();
    await page.getByTestId('body-editor').waitFor();
    await page.screenshot({ path: `${OUT}/library-10000.png` });
    const search = page.getByTestId('library-search');
    for (let i = 0; i < 60; i++) {
      await search.fill(i % 2 ? 'ministers sanctions' : 'ministers sanction');
      if (await page.getByTestId('search-snippet').first().isVisible().catch(() => false)) break;
      await page.waitForTimeout(1000);
    }
    await page.getByRole('button', { name: /Filters/ }).click();
    await page.getByRole('group', { name: 'Filters' }).getByText('ready', { exact: true }).click();
    // The rows the filter brings on screen ask for their snippets as they appear.
    await page.getByTestId('article-item').first().getByTestId('search-snippet').waitFor();
    await page.screenshot({ path: `${OUT}/library-search.png` });
  } finally {
    await session.close();
    await cleanup();
  }
});

test('history, settings, command palette and the quarantine banner', async () => {
  await withHost('light', async (session, dataDir) => {
    const { page } = session;
    await pasteSeed(session, dataDir);
    await page.keyboard.press('Control+Shift+S');
    await page.getByRole('dialog', { name: 'Save version' }).getByRole('textbox').fill('Filed to the desk');
    await page.getByRole('dialog', { name: 'Save version' }).getByRole('button', { name: 'Save version' }).click();
    const body = page.getByTestId('body-editor');
    await body.locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' Moscow has called the seizure an act of piracy.');
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await page.getByRole('dialog', { name: 'History' }).getByRole('button', { name: /Filed to the desk/ }).click();
    await page.getByTestId('history-diff').locator('ins').first().waitFor();
    await page.screenshot({ path: `${OUT}/history.png` });
    await page.getByRole('dialog', { name: 'History' }).getByRole('button', { name: 'Close' }).click();

    await page.keyboard.press('Control+k');
    await page.keyboard.insertText('pre');
    await page.screenshot({ path: `${OUT}/command-palette.png` });
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+k');
    await page.keyboard.insertText('settings');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    await page.screenshot({ path: `${OUT}/settings.png` });
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Cancel' }).click();
  });
});

test('the quarantine banner after a damaged file', async () => {
  const { dir, cleanup } = await makeTempDataDir('copydesk-shots-');
  await mkdir(join(dir, 'articles'), { recursive: true });
  await writeFile(join(dir, 'articles', '0d9f1c8e-3b7a-4f2e-9c1d-5a6b7c8d9e0f.json'), '{"id": "0d9f1c8e-3b7a-4f2e-9c1d-5a6b7c8d9e0f", "headline": "Trunc');
  const session = await launchBrowserHost({ dataDir: dir, viewport: { width: 1440, height: 900 } });
  try {
    await session.page.evaluate(() => window.copydesk.createArticle({ fields: { headline: 'Everything else is fine', section: 'WORLD' } }));
    await session.page.reload();
    await session.page.getByTestId('quarantine-banner').waitFor();
    await session.page.screenshot({ path: `${OUT}/quarantine-banner.png`, clip: { x: 0, y: 0, width: 1440, height: 300 } });
  } finally {
    await session.close();
    await cleanup();
  }
});
