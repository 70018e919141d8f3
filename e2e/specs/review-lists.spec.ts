import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';

type Page = import('@playwright/test').Page;
const body = (page: Page) => page.getByTestId('body-editor');
const panel = (page: Page) => page.getByTestId('review-panel');

/** The body as saved, once the save after the last change has landed. */
async function savedBody(app: { readArticleFile(id: string): Promise<{ body: unknown }> }, page: Page): Promise<unknown> {
  await expectSaved(page);
  return (await app.readArticleFile(await selectedArticleId(page))).body;
}

async function startSuggesting(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('toggle-suggesting')).toHaveAttribute('aria-pressed', 'true');
}

test('a list item made with Enter in suggesting mode: reject one and reject all give the list back exactly', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Lists', body: ['Engineers disagree.'] });
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.insertText('first point');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('second point');
  const original = await savedBody(app, page);

  await startSuggesting(page);
  await body(page).getByText('first point').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('new point');
  await expect(body(page).locator('li')).toHaveText(['first point', 'new point', 'second point']);
  // One clear line in the panel: before, "Inserted ¶¶new point".
  const listed = panel(page).getByTestId('suggestion-list').locator('.review-what');
  await expect(listed).toHaveText(['New list item new point']);

  await panel(page)
    .getByRole('button', { name: /^Reject new list item by/ })
    .click();
  await expect(body(page).locator('li')).toHaveText(['first point', 'second point']);
  expect(await savedBody(app, page)).toEqual(original);

  await body(page).click();
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('li')).toHaveText(['first point', 'new point', 'second point']);
  await panel(page).getByRole('button', { name: 'Reject all' }).click();
  await expect(body(page).locator('li')).toHaveText(['first point', 'second point']);
  expect(await savedBody(app, page)).toEqual(original);
});

test('a paragraph turned into a list in suggesting mode: reject gives the paragraph back exactly, accept the list', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Lists', body: ['The mayor spoke.', 'Engineers disagree.'] });
  const original = await savedBody(app, page);

  await startSuggesting(page);
  await body(page).getByText('Engineers disagree.').click();
  // Before: "Invalid content for node doc" in the console, and nothing happened.
  await page.getByRole('button', { name: 'Bulleted list' }).click();
  await expect(body(page).locator('ul li')).toHaveText(['Engineers disagree.']);

  await panel(page)
    .getByRole('button', { name: /^Reject replaced by/ })
    .click();
  await expect(body(page).locator('ul')).toHaveCount(0);
  expect(await savedBody(app, page)).toEqual(original);

  await body(page).click();
  await page.keyboard.press('Control+z');
  await expect(body(page).locator('ul li')).toHaveText(['Engineers disagree.']);
  await panel(page).getByRole('button', { name: 'Reject all' }).click();
  await expect(body(page).locator('ul')).toHaveCount(0);
  expect(await savedBody(app, page)).toEqual(original);

  await body(page).click();
  await page.keyboard.press('Control+z');
  await panel(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(body(page).locator('ul li')).toHaveText(['Engineers disagree.']);
  await expect(body(page).locator('p', { hasText: 'Engineers disagree.' })).toHaveCount(1);
  await expect(panel(page)).toContainText('No open suggestions.');
});
