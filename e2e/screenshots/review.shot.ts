import { test } from '@playwright/test';
import { resolve } from 'node:path';
import { launchBrowserHost } from '../../hosts/browser/browserHost';
import { reviewedArticle } from '../../formats/docx/reviewedArticle.fixtures';
import { makeTempDataDir } from '../../testing/tempDataDir';

const OUT = resolve(import.meta.dirname, '../../screenshots');

test('review: suggestions by two authors, comment threads, orphaned comment, field suggestion, sign-off', async () => {
  const { dir, cleanup } = await makeTempDataDir('copydesk-shots-review-');
  const session = await launchBrowserHost({ dataDir: dir, viewport: { width: 1440, height: 900 } });
  try {
    const { page } = session;
    const { id: _id, schemaVersion: _v, createdAt: _c, updatedAt: _u, ...fields } = reviewedArticle();
    await page.evaluate((f) => window.copydesk.updateSettings({ patch: { identity: { name: 'Ann Desk', initials: 'AD' } } }).then(() => window.copydesk.createArticle({ fields: f as never })), fields);
    await page.reload();
    await page.getByTestId('article-item').first().locator('.article-open').click();
    await page.getByTestId('toggle-review-panel').click();
    await page.getByTestId('review-panel').waitFor();
    await page.getByTestId('body-editor').click();
    await page.screenshot({ path: `${OUT}/review-panel.png` });
    await page.getByTestId('toggle-suggesting').click();
    await page.getByLabel('Unresolved only').uncheck();
    await page.screenshot({ path: `${OUT}/review-suggesting.png` });
  } finally {
    await session.close();
    await cleanup();
  }
});
