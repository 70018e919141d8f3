import { expect, type Page } from '@playwright/test';

export const library = (page: Page) => page.getByRole('complementary', { name: 'Library' });

/**
 * Starts a new article from the sidebar and waits for its editor: the selection must move to a new row
 * and the headline be empty, or typing could land in the article that was open before.
 */
export async function newArticle(page: Page): Promise<void> {
  const selected = library(page).locator('[data-testid="article-item"].selected');
  // Read in one step: a count then a getAttribute waits forever if the selection moves in between
  // (after a restore the list is still settling), which timed out never-lose.spec once under load.
  const before = await selected.evaluateAll((rows) => rows[0]?.getAttribute('data-id') ?? null);
  await library(page).getByRole('button', { name: 'New article' }).click();
  await expect(selected).toHaveCount(1);
  if (before) await expect(selected).not.toHaveAttribute('data-id', before);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('');
}

export async function typeArticle(
  page: Page,
  fields: { section?: string; headline?: string; standfirst?: string; body?: string[] },
): Promise<void> {
  if (fields.section !== undefined) await page.getByLabel('Section', { exact: true }).fill(fields.section);
  if (fields.headline !== undefined) await page.getByLabel('Headline', { exact: true }).fill(fields.headline);
  if (fields.standfirst !== undefined) await page.getByLabel('Standfirst', { exact: true }).fill(fields.standfirst);
  if (fields.body) {
    await page.getByTestId('body-editor').click();
    for (const [i, paragraph] of fields.body.entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.insertText(paragraph);
    }
  }
}

/**
 * Stops the page's clock: from here on no page timer fires (the autosave's included) until the test runs
 * time on with page.clock.runFor. So a save that happens now was made by something else (Ctrl+S).
 */
export async function freezePageTime(page: Page): Promise<void> {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1_000);
}

export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 5_000 });
}

export async function selectedArticleId(page: Page): Promise<string> {
  const id = await page.locator('[data-testid="article-item"].selected').getAttribute('data-id');
  expect(id).toBeTruthy();
  return id!;
}

export function libraryItem(page: Page, headline: string) {
  return library(page).getByTestId('article-item').filter({ hasText: headline });
}

export async function openArticle(page: Page, headline: string): Promise<void> {
  await libraryItem(page, headline).locator('.article-open').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(headline);
}
