import { test } from '@playwright/test';
import { resolve } from 'node:path';
import { launchBrowserHost } from '../../hosts/browser/browserHost';
import { makeTempDataDir } from '../../testing/tempDataDir';

const OUT = resolve(import.meta.dirname, '../../screenshots');

const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const deletion = { type: 'deletion', attrs: { id: 's1', author: 'Ann Desk', date: '2026-11-29T10:00:00.000Z' } };

const ARTICLES = [
  {
    headline: 'Kiev talks resume after winter pause',
    standfirst: 'Delegations return to Kiev on Monday for a third round.',
    body: { type: 'doc', content: [para(text('Negotiators arrived in Kiev late on Sunday, officials said.')), para(text('The mayor of Kiev welcomed them.'))] },
  },
  {
    headline: 'Markets steady',
    standfirst: '',
    body: { type: 'doc', content: [para(text('Traders in Kiev sold government bonds as the hryvnia held firm against the dollar.'))] },
  },
  {
    headline: 'Night trains return',
    standfirst: '',
    body: { type: 'doc', content: [para(text('The service to '), text('Kiev', [deletion]), text(' Lviv resumes in May.'))] },
  },
];

test('library find and replace: the preview by article, a blocked match, the summary', async () => {
  const { dir, cleanup } = await makeTempDataDir('copydesk-shots-replace-');
  const session = await launchBrowserHost({ dataDir: dir, viewport: { width: 1440, height: 900 } });
  try {
    const { page } = session;
    for (const fields of ARTICLES) await page.evaluate((f) => window.copydesk.createArticle({ fields: f as never }), fields);
    await page.reload();
    await page.getByTestId('article-item').first().locator('.article-open').click();
    await page.getByRole('button', { name: 'Find and replace in library' }).click();
    const dialog = page.getByRole('dialog', { name: 'Find and replace in library' });
    await dialog.getByLabel('Find', { exact: true }).fill('Kiev');
    await dialog.getByLabel('Replace with').fill('Kyiv');
    await dialog.getByLabel('Whole word').check();
    await dialog.getByRole('button', { name: 'Find', exact: true }).click();
    await dialog.getByTestId('replace-preview').waitFor();
    await dialog.getByLabel('Replace “Kiev” in Body ¶2').uncheck();
    await page.screenshot({ path: `${OUT}/library-replace-preview.png` });
    await dialog.getByRole('button', { name: /^Replace \d/ }).click();
    await dialog.getByTestId('replace-summary').waitFor();
    await page.screenshot({ path: `${OUT}/library-replace-summary.png` });
    await dialog.getByLabel('Regex').check();
    await dialog.getByLabel('Find', { exact: true }).fill('(Kyiv');
    await dialog.getByRole('button', { name: 'Find', exact: true }).click();
    await dialog.getByRole('alert').waitFor();
    await page.screenshot({ path: `${OUT}/library-replace-bad-regex.png` });
  } finally {
    await session.close();
    await cleanup();
  }
});
