import { expect, test } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { launchBrowserHost } from '../../hosts/browser/browserHost';

const OUT = resolve(import.meta.dirname, '../../screenshots');

/** An Arabic story in the editor: headline, standfirst, body, quote and list read from the right. */
test('an Arabic story edits right to left', async () => {
  await mkdir(OUT, { recursive: true });
  const { dir, cleanup } = await makeTempDataDir('copydesk-shots-');
  const session = await launchBrowserHost({ dataDir: dir, viewport: { width: 1440, height: 900 } });
  try {
    const { page } = session;
    await page.evaluate(() =>
      window.copydesk.createArticle({
        fields: {
          section: 'العالم',
          headline: 'بوتين يؤكد دعمه لمادورو في مواجهة الضغوط الأمريكية',
          standfirst: 'اتصال هاتفي بين الزعيمين بعد أن احتجزت الولايات المتحدة ناقلة نفط قبالة سواحل فنزويلا.',
          byline: 'رويترز',
          language: 'ar',
        },
      }),
    );
    await page.reload();
    await page.getByTestId('article-item').first().locator('.article-open').click();
    const body = page.getByTestId('body-editor');
    await body.click();
    await page.keyboard.insertText('أكد الرئيس الروسي فلاديمير بوتين دعمه لفنزويلا في اتصال هاتفي مع نظيره نيكولاس مادورو، بحسب الكرملين (Kremlin).');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('وقال بوتين إن بلاده تقف إلى جانب «الشعب الفنزويلي الصديق» في وجه العقوبات.');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('لا نقبل أي تدخل في الشؤون الداخلية لفنزويلا');
    await page.getByRole('button', { name: 'Block quote' }).click();
    await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 10_000 });
    await page.screenshot({ path: `${OUT}/editor-rtl-arabic.png` });
  } finally {
    await session.close();
    await cleanup();
  }
});
