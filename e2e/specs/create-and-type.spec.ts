import { test, expect } from '../fixtures';
import { expectSaved, freezePageTime, newArticle, selectedArticleId, typeArticle, library } from './helpers';

test('creates an article, types into every field and autosaves', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, {
    section: 'WORLD',
    headline: 'Putin backs Maduro against US pressure',
    standfirst: 'The two leaders hold a phone call after the US seized an oil tanker.',
    body: [
      'Russian President Vladimir Putin reaffirmed his support for Venezuela.',
      'The call comes after the United States seized an oil tanker.',
    ],
  });
  await expectSaved(page);
  const id = await selectedArticleId(page);

  // With the page's clock stopped, an edit stays unsaved, on screen and on disk, however long we wait…
  await freezePageTime(page);
  await page.getByLabel('Standfirst').pressSequentially(' Talks go on.');
  await expect(page.getByTestId('save-state')).toHaveText('Unsaved changes');
  expect((await app.readArticleFile(id)).standfirst).not.toContain('Talks go on.');
  // …and once its delay has passed in page time, the autosave writes it, with no keypress from us.
  await page.clock.runFor(5_000);
  await expectSaved(page);
  expect((await app.readArticleFile(id)).standfirst).toContain('Talks go on.');
  await expect(page.getByTestId('word-count')).toHaveText('20 words');
  await expect(page.getByTestId('read-time')).toHaveText('1 min read');
  await expect(library(page).getByTestId('article-item').first()).toContainText('Putin backs Maduro against US pressure');

  const stored = await app.readArticleFile(await selectedArticleId(page));
  expect(stored).toMatchObject({
    section: 'WORLD',
    headline: 'Putin backs Maduro against US pressure',
    slug: 'putin-backs-maduro-against-us-pressure',
  });
  expect(stored.body.content?.map((p) => p.content?.[0]?.text)).toEqual([
    'Russian President Vladimir Putin reaffirmed his support for Venezuela.',
    'The call comes after the United States seized an oil tanker.',
  ]);
});

test('Ctrl+S saves at once, before the autosave delay', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Saved by' });
  await expectSaved(page);
  const id = await selectedArticleId(page);
  // The page's clock stops, so the autosave timer cannot fire: only Ctrl+S can save the new words.
  await freezePageTime(page);
  await page.getByLabel('Headline').pressSequentially(' keyboard');
  await expect(page.getByTestId('save-state')).toHaveText('Unsaved changes');
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  expect((await app.readArticleFile(id)).headline).toBe('Saved by keyboard');
});

test('adds a link through the app’s own dialog, and refuses a javascript: address', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Linked', body: ['Read the Kremlin statement.'] });
  await page.getByTestId('body-editor').click();
  await page.keyboard.press('Control+a');
  await page.getByRole('button', { name: 'Link (Ctrl+K)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link' });
  await dialog.getByRole('textbox').fill('javascript:alert(1)');
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await dialog.getByRole('textbox').fill('kremlin.ru/events');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('body-editor').locator('a')).toHaveAttribute('href', 'https://kremlin.ru/events');
  await expectSaved(page);
  expect(JSON.stringify((await app.readArticleFile(await selectedArticleId(page))).body)).toContain('https://kremlin.ru/events');
});
