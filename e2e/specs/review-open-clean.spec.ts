import { test, expect } from '../fixtures';
import { createReviewedStory } from './reviewedStory';
import { expectSaved, freezePageTime, libraryItem } from './helpers';

/**
 * Opening a story is not an edit. The reviewed story ends in a list, after which TipTap keeps an empty
 * paragraph; it used to append it on the first transaction (a click), so the story went "Unsaved
 * changes" and the autosave rewrote the file with that paragraph.
 */
test('a reviewed story that ends in a list opens, is clicked into and stays saved, its file untouched', async ({ app }) => {
  const { page } = app;
  const id = await createReviewedStory(page);
  const stored = await app.readArticleFile(id);

  await freezePageTime(page);
  await libraryItem(page, 'Mayor to reopen bridge').locator('.article-open').click();
  await expect(page.getByTestId('body-editor')).toContainText('point');
  // A click in the body and one after the list: selection transactions, no edit.
  await page.getByTestId('body-editor').getByText('point').click();
  await page.getByTestId('body-editor').locator('p').last().click();
  await page.clock.runFor(2_000);

  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  expect(await app.readArticleFile(id)).toEqual(stored);

  // An edit is saved without the editor's own trailing paragraph.
  await page.keyboard.type('Ends here.');
  await expect(page.getByTestId('save-state')).toHaveText('Unsaved changes');
  await page.clock.runFor(2_000);
  await expectSaved(page);
  const saved = await app.readArticleFile(id);
  expect(saved.body.content?.at(-1)).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Ends here.' }] });
  expect(saved.body.content?.at(-2)?.type).toBe('bulletList');
});
