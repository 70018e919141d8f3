import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle, library } from './helpers';

test('creates an article, types into every field and autosaves', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, {
    section: 'WORLD',
    headline: 'Putin backs Maduro against US pressure',
    standfirst: 'The two leaders hold a phone call after the US seized an oil tanker.',
    body: ['Russian President Vladimir Putin reaffirmed his support for Venezuela.', 'The call comes after the United States seized an oil tanker.'],
  });
  await expect(page.getByTestId('save-state')).toHaveText(/Unsaved changes|Saving…|Saved/);
  await expectSaved(page);
  await expect(page.getByTestId('word-count')).toHaveText('20 words');
  await expect(page.getByTestId('read-time')).toHaveText('1 min read');
  await expect(library(page).getByTestId('article-item').first()).toContainText('Putin backs Maduro against US pressure');

  const stored = await app.readArticleFile(await selectedArticleId(page));
  expect(stored).toMatchObject({ section: 'WORLD', headline: 'Putin backs Maduro against US pressure', slug: 'putin-backs-maduro-against-us-pressure' });
  expect(stored.body.content?.map((p) => p.content?.[0]?.text)).toEqual([
    'Russian President Vladimir Putin reaffirmed his support for Venezuela.',
    'The call comes after the United States seized an oil tanker.',
  ]);
});

test('Ctrl+S saves at once, before the autosave delay', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Saved by keyboard' });
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  expect((await app.readArticleFile(await selectedArticleId(page))).headline).toBe('Saved by keyboard');
});
