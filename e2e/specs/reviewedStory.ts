import type { Page } from '@playwright/test';
import type { Article } from '../../core/article/schema';
import { reviewedArticle } from '../../formats/docx/reviewedArticle.fixtures';

/** Stores the reviewed test story (suggestions, threads, a headline suggestion), changed by `edit`; returns its id. */
export async function createReviewedStory(page: Page, edit: (article: Article) => void = () => {}): Promise<string> {
  const article = reviewedArticle();
  edit(article);
  const { id: _id, schemaVersion: _v, createdAt: _c, updatedAt: _u, ...fields } = article;
  const { id } = await page.evaluate(async (f) => {
    const created = await window.copydesk.createArticle({ fields: f as never });
    if (!created.ok) throw new Error('createArticle failed');
    return created.value;
  }, fields);
  await page.reload();
  return id;
}
