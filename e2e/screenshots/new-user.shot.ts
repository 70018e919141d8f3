import { test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { launchBrowserHost } from '../../hosts/browser/browserHost';
import { seedText } from '../../testing/seed';

/**
 * Issue 12's last rough edges, as a reporter meets them: spelling underlines and their menu, the word list
 * in Settings, the offer after pasting a whole page into the body, a search snippet with its highlight,
 * and an imported article's history.
 */
const OUT = resolve(import.meta.dirname, '../../screenshots/new-user');
const PAGE_HTML = readFileSync(resolve(import.meta.dirname, '../../testing/webPages/bbc-1/source.html'), 'utf8');

async function pasteIntoBody(page: Page, html: string, text: string) {
  await page.getByTestId('body-editor').evaluate(
    (editor, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.text);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

test('new-user edges', async () => {
  test.setTimeout(120_000);
  const { dir, cleanup } = await makeTempDataDir('copydesk-shots-');
  const session = await launchBrowserHost({ dataDir: dir, viewport: { width: 1600, height: 1000 } });
  const { page } = session;
  const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}.png`, timeout: 15_000 });
  try {
    await page.getByText('Nothing open').waitFor();
    await session.setClipboardText(seedText());
    await page.getByRole('button', { name: 'Paste as new' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Create article' }).click();
    await page.getByLabel('Headline', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'History', exact: true }).click();
    await page.getByRole('dialog', { name: 'History' }).getByText('Imported from pasted text').waitFor();
    await shot('history-imported');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline', { exact: true }).fill('Council delays vote on harbour plan');
    await page.getByTestId('body-editor').click();
    await page.keyboard.type('The council said the tset of teh harbour plan would take speling and time. Goverment sources said Maduro agreed.');
    await page.locator('.spelling-error').first().waitFor();
    await page.locator('.spelling-error', { hasText: 'teh' }).click({ button: 'right' });
    await page.getByRole('menu').getByRole('menuitem').first().waitFor();
    await shot('spelling-menu');
    await page.getByRole('menuitem', { name: 'Add “teh” to dictionary' }).click();
    await page.keyboard.press('Control+k');
    await page.keyboard.insertText('settings');
    await page.keyboard.press('Enter');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('list', { name: 'Your dictionary' }).scrollIntoViewIfNeeded();
    await shot('settings-dictionary');
    await page.keyboard.press('Escape');

    await page.getByTestId('body-editor').press('End');
    await pasteIntoBody(page, PAGE_HTML, 'Obama admits US gun laws are his biggest frustration');
    await page.getByRole('status').filter({ hasText: 'looks like a whole article' }).waitFor();
    await shot('paste-whole-page-offer');

    await page.getByRole('searchbox').first().fill('tanker');
    await page.getByTestId('search-snippet').first().locator('mark').waitFor();
    await shot('search-snippet');
  } finally {
    await session.close();
    await cleanup();
  }
});
