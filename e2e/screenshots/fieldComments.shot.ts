import { test } from '@playwright/test';
import { resolve } from 'node:path';
import { launchBrowserHost } from '../../hosts/browser/browserHost';
import { reviewedArticle } from '../../formats/docx/reviewedArticle.fixtures';
import type { ReviewComment } from '../../core/review/reviewSchema';
import { makeTempDataDir } from '../../testing/tempDataDir';

const OUT = resolve(import.meta.dirname, '../../screenshots');

const comment = (id: string, author: string, text: string, extra: Partial<ReviewComment> = {}): ReviewComment => ({
  id,
  parentId: null,
  author,
  initials: author.slice(0, 1),
  date: '2026-11-29T10:05:00.000Z',
  text,
  resolved: false,
  quote: '',
  ...extra,
});

test('review: comments in the headline, standfirst, byline, dateline and source beside the body’s', async () => {
  const { dir, cleanup } = await makeTempDataDir('copydesk-shots-field-comments-');
  const session = await launchBrowserHost({ dataDir: dir, viewport: { width: 1440, height: 900 } });
  try {
    const { page } = session;
    const { id: _id, schemaVersion: _v, createdAt: _c, updatedAt: _u, ...fields } = reviewedArticle();
    fields.standfirst = 'Engineers disagree on whether the 1880s span can carry buses again.';
    fields.dateline = 'YORK';
    fields.source = 'Agencies and staff';
    fields.review.comments.push(
      comment('h1', 'Ann Desk', 'Which bridge? Name it in the headline.', { fieldAnchor: { field: 'headline', start: 16, end: 22 }, quote: 'bridge' }),
      comment('h1r', 'Sam Reporter', 'Lendal Bridge: too long for the slot?', { parentId: 'h1' }),
      comment('s1', 'Ann Desk', 'Which engineers? Council or independent?', { fieldAnchor: { field: 'standfirst', start: 0, end: 9 }, quote: 'Engineers' }),
      comment('b1', 'Ann Desk', 'Full name for the byline?', { fieldAnchor: { field: 'byline', start: 4, end: 12 }, quote: 'Reporter' }),
      comment('d1', 'Ann Desk', 'York or New York?', { fieldAnchor: { field: 'dateline', start: 0, end: 4 }, quote: 'YORK' }),
      comment('o1', 'Ann Desk', 'Which staff?', { fieldAnchor: { field: 'source', start: 13, end: 18 }, quote: 'staff' }),
    );
    await page.evaluate(
      (f) =>
        window.copydesk
          .updateSettings({ patch: { identity: { name: 'Ann Desk', initials: 'AD' } } })
          .then(() => window.copydesk.createArticle({ fields: f as never })),
      fields,
    );
    await page.reload();
    await page.getByTestId('article-item').first().locator('.article-open').click();
    await page.getByTestId('toggle-review-panel').click();
    await page.getByTestId('review-panel').waitFor();
    await page.getByTestId('headline-comment-layer').waitFor();
    await page.screenshot({ path: `${OUT}/review-field-comments.png` });
    // The byline, dateline and source take comments too: highlighted in their inputs.
    await page.getByLabel('Source', { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/review-field-comments-source.png` });
    // A new comment on words selected in the standfirst, being written.
    const standfirst = page.getByLabel('Standfirst', { exact: true });
    await standfirst.click();
    await standfirst.evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      const at = area.value.indexOf('1880s span');
      area.setSelectionRange(at, at + '1880s span'.length);
    });
    await page.keyboard.press('Control+Alt+M');
    await page.getByLabel('New comment').fill('Date of the span? Check the listing.');
    await page.screenshot({ path: `${OUT}/review-field-comment-draft.png` });
  } finally {
    await session.close();
    await cleanup();
  }
});
