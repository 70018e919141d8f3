import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';

type Page = import('@playwright/test').Page;
const editor = (page: Page) => page.getByTestId('body-editor');

/** Selects `text` inside the body the way a mouse drag would: a DOM selection, which ProseMirror follows. */
async function selectText(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.evaluate((needle) => {
    const root = document.querySelector('[data-testid="body-editor"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`No "${needle}" in the body`);
  }, text);
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(text);
}

test('suggesting mode records edits as suggestions with the author; accept and reject, each one undo step', async ({ app }) => {
  const { page } = app;
  await page.evaluate(() => window.copydesk.updateSettings({ patch: { identity: { name: 'Ann Desk', initials: 'AD' } } }));
  await page.reload();
  await newArticle(page);
  await typeArticle(page, { headline: 'Mayor reopens bridge', body: ['The mayor said on Monday that the bridge would reopen.'] });
  await expectSaved(page);
  const id = await selectedArticleId(page);

  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('toggle-suggesting')).toHaveAttribute('aria-pressed', 'true');
  await selectText(page, 'Monday');
  await page.keyboard.type('Tuesday');
  await expect(editor(page).locator('del.suggestion')).toHaveText('Monday');
  await expect(editor(page).locator('ins.suggestion')).toHaveText('Tuesday');

  const panel = page.getByTestId('review-panel');
  await expect(panel.getByTestId('suggestion-list')).toContainText('Ann Desk');
  await expect(panel.getByTestId('suggestion-list')).toContainText('Replaced');

  // A single-line field follows the same model.
  await page.getByLabel('Headline').fill('Mayor to reopen bridge');
  await expect(panel.getByTestId('suggestion-list')).toContainText('Mayor reopens bridge');
  await expectSaved(page);
  const saved = await app.readArticleFile(id);
  expect(JSON.stringify(saved.body)).toMatch(/"type":"deletion","attrs":\{"id":"[^"]+","author":"Ann Desk","date":"20/);
  expect(saved.review.fields.headline).toMatchObject({ base: 'Mayor reopens bridge', author: 'Ann Desk' });

  // Reject the body suggestion: one click, and one undo brings it back.
  await panel.getByRole('button', { name: /^Reject replaced by Ann Desk/ }).click();
  await expect(editor(page)).toContainText('on Monday that');
  await expect(editor(page).locator('ins.suggestion, del.suggestion')).toHaveCount(0);
  await editor(page).click();
  await page.keyboard.press('Control+Z');
  await expect(editor(page).locator('ins.suggestion')).toHaveText('Tuesday');
  await panel.getByRole('button', { name: 'Accept all' }).click();
  await expect(editor(page)).toContainText('on Tuesday that');
  await expect(page.getByLabel('Headline')).toHaveValue('Mayor to reopen bridge');
  await expect(panel).toContainText('No open suggestions.');
});

test('comments: Ctrl+Alt+M on a selection, replies, resolve and reopen, orphaned when the text goes', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Comments', body: ['The council met on Tuesday.'] });
  await selectText(page, 'council');
  await page.keyboard.press('Control+Alt+M');
  const panel = page.getByTestId('review-panel');
  await panel.getByLabel('New comment').fill('Which council?');
  await panel.getByTestId('comment-threads').getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(editor(page).locator('.comment-anchor')).toHaveText('council');
  const thread = panel.getByTestId('comment-threads').locator('.comment-thread');
  await expect(thread).toContainText('Which council?');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await panel.getByLabel('Reply').fill('Leeds City Council.');
  await panel.getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(thread).toContainText('Leeds City Council.');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(panel.getByTestId('comment-threads')).toContainText('No unresolved comments.');
  await panel.getByLabel('Unresolved only').uncheck();
  await thread.getByRole('button', { name: 'Reopen' }).click();
  // Deleting the commented word keeps the thread, marked.
  await selectText(page, 'council');
  await page.keyboard.press('Backspace');
  await expect(thread.locator('.comment-orphan')).toContainText('Text deleted');
  await expectSaved(page);
  const saved = await app.readArticleFile(await selectedArticleId(page));
  expect(saved.review.comments.map((c) => c.text)).toEqual(['Which council?', 'Leeds City Council.']);
});
