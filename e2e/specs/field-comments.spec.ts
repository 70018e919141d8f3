import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';

type Page = import('@playwright/test').Page;

/** Selects `text` in a field as a mouse drag would: the textarea's own selection, with the focus in it. */
async function selectInField(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.evaluate((el, needle) => {
    const area = el as HTMLTextAreaElement;
    const at = area.value.indexOf(needle);
    if (at < 0) throw new Error(`No "${needle}" in ${area.getAttribute('aria-label')}`);
    area.setSelectionRange(at, at + needle.length);
  }, text);
}

const selection = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((el) => {
    const area = el as HTMLTextAreaElement;
    return area.value.slice(area.selectionStart, area.selectionEnd);
  });

test('comments in the headline and standfirst: Ctrl+Alt+M, highlighted, listed by field, followed through edits, resolved', async ({
  app,
}) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, {
    headline: 'Mayor backs bridge plan',
    standfirst: 'The crossing would open in May.',
    body: ['The council met on Tuesday.'],
  });

  // Select a word in the headline and comment on it with the body's shortcut.
  await selectInField(page, 'Headline', 'bridge');
  await page.keyboard.press('Control+Alt+M');
  const panel = page.getByTestId('review-panel');
  await panel.getByLabel('New comment').fill('Which bridge? Name it.');
  await panel.getByTestId('comment-threads').getByRole('button', { name: 'Comment', exact: true }).click();
  const threads = panel.getByTestId('comment-threads').locator('.comment-thread');
  await expect(threads).toHaveCount(1);
  await expect(threads.first()).toContainText('Headline: “bridge”');
  await expect(threads.first()).toContainText('Which bridge? Name it.');
  await expect(page.getByTestId('headline-comment-layer').locator('.field-comment-anchor')).toHaveText('bridge');

  // Typing before it and inside the headline moves the anchor with its word.
  const headline = page.getByLabel('Headline', { exact: true });
  await headline.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('The ');
  await expect(headline).toHaveValue('The Mayor backs bridge plan');
  await expect(threads.first()).toContainText('Headline: “bridge”');
  await expect(page.getByTestId('headline-comment-layer').locator('.field-comment-anchor')).toHaveText('bridge');

  // The standfirst's comment is listed after the headline's, before the body's.
  await selectInField(page, 'Standfirst', 'in May');
  await panel.getByRole('button', { name: 'Add comment' }).click();
  await panel.getByLabel('New comment').fill('Which year?');
  await panel.getByTestId('comment-threads').getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(threads).toHaveCount(2);
  await expect(threads.nth(1)).toContainText('Standfirst: “in May”');

  // Clicking the quote selects the commented words in their field.
  await page.getByTestId('body-editor').click();
  await threads.first().getByRole('button', { name: 'Headline: “bridge”' }).click();
  await expect(headline).toBeFocused();
  expect(await selection(page, 'Headline')).toBe('bridge');

  // Reply and resolve work as for the body.
  await threads.first().getByRole('button', { name: 'Reply' }).click();
  await panel.getByLabel('Reply').fill('The Lendal Bridge.');
  await threads.first().locator('.comment-box').getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(threads.first()).toContainText('The Lendal Bridge.');
  await threads.first().getByRole('button', { name: 'Resolve' }).click();
  await expect(threads).toHaveCount(1);
  await expect(threads.first()).toContainText('Which year?');
  await expect(page.getByTestId('headline-comment-layer')).toHaveCount(0);

  // Deleting the standfirst's commented words keeps the thread, marked as deleted.
  await selectInField(page, 'Standfirst', 'in May');
  await page.keyboard.press('Backspace');
  await expect(threads.first().locator('.comment-orphan')).toHaveText('Standfirst: Text deleted: “in May”');

  await expectSaved(page);
  const saved = await app.readArticleFile(await selectedArticleId(page));
  expect(saved.schemaVersion).toBe(4);
  expect(saved.review.comments.map((c) => [c.text, c.resolved, c.fieldAnchor ?? null])).toEqual([
    ['Which bridge? Name it.', true, { field: 'headline', start: 16, end: 22 }],
    ['Which year?', false, { field: 'standfirst', start: 24, end: 24 }],
    ['The Lendal Bridge.', false, null],
  ]);
});

test('comments in the byline, dateline and source: Ctrl+Alt+M, highlighted in the input, listed in reading order, clicked to', async ({
  app,
}) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Floods close the ring road', body: ['Water rose overnight.'] });
  await page.getByLabel('Byline', { exact: true }).fill('By Sam Reporter');
  await page.getByLabel('Dateline', { exact: true }).fill('YORK');
  await page.getByLabel('Source', { exact: true }).fill('Agencies and staff');
  const panel = page.getByTestId('review-panel');
  const threads = panel.getByTestId('comment-threads').locator('.comment-thread');

  const comment = async (label: string, words: string, text: string) => {
    await selectInField(page, label, words);
    await page.keyboard.press('Control+Alt+M');
    await panel.getByLabel('New comment').fill(text);
    await panel.getByTestId('comment-threads').getByRole('button', { name: 'Comment', exact: true }).click();
  };
  await comment('Source', 'staff', 'Which staff?');
  await comment('Dateline', 'YORK', 'York or New York?');
  await comment('Byline', 'Sam', 'Full name?');

  // Listed as the page reads: byline and dateline above the body, the source line after it.
  await expect(threads).toHaveCount(3);
  await expect(threads.nth(0)).toContainText('Byline: “Sam”');
  await expect(threads.nth(1)).toContainText('Dateline: “YORK”');
  await expect(threads.nth(2)).toContainText('Source: “staff”');
  for (const [field, words] of [
    ['byline', 'Sam'],
    ['dateline', 'YORK'],
    ['source', 'staff'],
  ])
    await expect(page.getByTestId(`${field}-comment-layer`).locator('.field-comment-anchor')).toHaveText(words!);

  // The highlight follows typing before it; a click on the quote selects the words in the input.
  const byline = page.getByLabel('Byline', { exact: true });
  await byline.click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Words ');
  await expect(page.getByTestId('byline-comment-layer').locator('.field-comment-anchor')).toHaveText('Sam');
  await page.getByTestId('body-editor').click();
  await threads.nth(2).getByRole('button', { name: 'Source: “staff”' }).click();
  await expect(page.getByLabel('Source', { exact: true })).toBeFocused();
  expect(await selection(page, 'Source')).toBe('staff');

  await expectSaved(page);
  const saved = await app.readArticleFile(await selectedArticleId(page));
  expect(saved.review.comments.map((c) => [c.text, c.fieldAnchor])).toEqual([
    ['Which staff?', { field: 'source', start: 13, end: 18 }],
    ['York or New York?', { field: 'dateline', start: 0, end: 4 }],
    ['Full name?', { field: 'byline', start: 9, end: 12 }],
  ]);
});
