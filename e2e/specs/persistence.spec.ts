import { SCHEMA_VERSION } from '../../core/article/schema';
import { test, expect } from '../fixtures';
import { expectSaved, libraryItem, newArticle, openArticle, selectedArticleId, typeArticle } from './helpers';

test('an article survives a restart of the app, exactly as typed', async ({ app }) => {
  let page = app.page;
  await newArticle(page);
  await typeArticle(page, {
    section: 'WORLD',
    headline: 'Kept across restarts',
    standfirst: 'Standfirst kept too.',
    body: ['First paragraph.', 'Second paragraph.'],
  });
  await expectSaved(page);
  const id = await selectedArticleId(page);

  page = await app.restart();
  await expect(libraryItem(page, 'Kept across restarts')).toHaveCount(1);
  await openArticle(page, 'Kept across restarts');
  await expect(page.getByLabel('Standfirst', { exact: true })).toHaveValue('Standfirst kept too.');
  await expect(page.getByTestId('body-editor')).toContainText('Second paragraph.');

  const onDisk = await app.readArticleFile(id);
  expect(onDisk).toMatchObject({
    id,
    section: 'WORLD',
    headline: 'Kept across restarts',
    standfirst: 'Standfirst kept too.',
    schemaVersion: SCHEMA_VERSION,
  });
  expect(onDisk.body).toEqual({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'First paragraph.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraph.' }] },
    ],
  });
});

test('opening an article is not an edit: nothing is saved and its time does not change', async ({ app }) => {
  let page = app.page;
  await newArticle(page);
  await typeArticle(page, { headline: 'Just looking', body: ['Read, not written.'] });
  await expectSaved(page);
  const id = await selectedArticleId(page);
  const before = (await app.readArticleFile(id)).updatedAt;
  page = await app.restart();
  // Page timers from here on run when the test says: an autosave that opening set off cannot hide.
  await page.clock.install();
  await openArticle(page, 'Just looking');
  await expect(page.getByTestId('body-editor')).toContainText('Read, not written.');
  // Fire every timer due in the next minute of page time (the autosave's delay is under a second). An
  // edit marks the article unsaved at once, so "Saved" now means no save was started, or it finished.
  await page.clock.runFor(60_000);
  await expectSaved(page);
  expect((await app.readArticleFile(id)).updatedAt).toBe(before);
});
