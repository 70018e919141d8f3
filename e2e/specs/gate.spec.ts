import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';

test('moving to Ready runs the gate: failures link to their place, an override needs a reason and is kept in history', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Talks end', body: ['The the talks ended.', '“We will never give up on this,” the crowd chanted.'] });
  await expect(page.getByTestId('checks-counts').locator('.count-error')).toHaveText('1 error');
  await page.getByLabel('Status').selectOption('ready');
  const gate = page.getByRole('dialog', { name: 'Not ready for Ready' });
  const failures = gate.getByTestId('gate-failures');
  await expect(failures).toContainText('Write a standfirst.');
  await expect(failures).toContainText('Choose a section.');
  await expect(failures).toContainText('Add a byline or a source.');
  await expect(failures).toContainText('1 error-level finding');
  await expect(failures).toContainText('Paragraph 2 quotes someone without saying who.');
  await page.screenshot({ path: test.info().outputPath('gate.png') });
  // A failure is a link to its place.
  await failures.getByRole('button', { name: 'Choose a section.' }).click();
  await expect(gate).toHaveCount(0);
  await expect(page.getByLabel('Section')).toBeFocused();
  await expect(page.getByLabel('Status')).toHaveValue('draft');

  await page.getByLabel('Status').selectOption('ready');
  await expect(gate.getByRole('button', { name: 'Override and move to Ready' })).toBeDisabled();
  await gate.getByLabel('Reason for the override').fill('Breaking: desk will fix on the fly');
  await gate.getByRole('button', { name: 'Override and move to Ready' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('ready');
  await expectSaved(page);
  const id = await selectedArticleId(page);
  // The bridge answers with an { ok, value } envelope.
  const answer = await page.evaluate(async (articleId) => JSON.stringify(await window.copydesk.listRevisions({ id: articleId })), id);
  const { value } = JSON.parse(answer) as { value: Array<{ label: string | null }> };
  expect(value.map((r) => r.label)).toContain('Gate overridden for ready: Breaking: desk will fix on the fly');
});

test('an embargo shows as a banner in the preview and a correction note at the end', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, {
    section: 'WORLD',
    headline: 'Talks end',
    standfirst: 'The talks ended on Tuesday.',
    body: ['The talks ended, officials said.'],
  });
  await page.getByLabel('Embargo until').fill('2031-05-04T09:30');
  await page.getByLabel('Note text').fill('An earlier version gave the wrong day.');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expectSaved(page);
  const stored = (await app.readArticleFile(await selectedArticleId(page))) as unknown as {
    newsroom: { embargoUntil: string; notes: Array<{ kind: string; text: string }> };
  };
  expect(stored.newsroom.embargoUntil).toMatch(/^2031-05-04T\d\d:30:00\.000Z$/);
  expect(stored.newsroom.notes).toMatchObject([{ kind: 'correction', text: 'An earlier version gave the wrong day.' }]);
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByTestId('newsroom-banner')).toContainText('EMBARGOED until 2031-05-04');
  await expect(preview.locator('.cdp-notes')).toContainText('Correction (');
  await page.screenshot({ path: test.info().outputPath('embargo-preview.png') });
});

// Its first keypress comes the moment the page has loaded: the shortcuts are installed before React's first
// commit (renderer/src/main.tsx), which the load event precedes, so this also pins that no early key is lost.
test('the house list is edited in Settings: an invalid list names its line and is not saved; a valid one is', async ({ app }) => {
  const { page } = app;
  // Settings' own shortcut: the palette's first match for "settings" changed as commands were added.
  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const list = settings.getByLabel('House list');
  await expect(list).toHaveValue(/find: Kiev/);
  await list.fill('entries:\n  - find: Kiev\n    severity: loud\n');
  await settings.getByRole('button', { name: 'Save house list' }).click();
  await expect(settings.getByRole('status')).toContainText('House list, line 3');
  await list.fill('entries:\n  - find: Bombay\n    use: Mumbai\n    severity: error\n');
  await settings.getByRole('button', { name: 'Save house list' }).click();
  await expect(settings.getByRole('status')).toContainText('Saved: 1 entry in use.');
  expect(await readFile(join(app.dataDir, 'house-list.yaml'), 'utf8')).toContain('use: Mumbai');
});

test('the gate refuses Ready while a comment is unresolved (issue 14 review data), and its link opens the Review panel', async ({
  app,
}) => {
  const { page } = app;
  const comment = { parentId: null, author: 'Ann Desk', initials: 'AD', date: '', quote: 'council' };
  await page.evaluate(
    (c) =>
      window.copydesk.createArticle({
        fields: {
          headline: 'Council meets',
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'The ' },
                  { type: 'text', text: 'council', marks: [{ type: 'comment', attrs: { id: 'c1' } }] },
                  { type: 'text', text: ' met, officials said.' },
                ],
              },
            ],
          },
          review: {
            comments: [
              { ...c, id: 'c1', text: 'Which council?', resolved: false },
              { ...c, id: 'c2', text: 'Settled.', resolved: true },
            ],
            fields: {},
            editorNote: '',
            signOffs: [],
          },
        },
      }),
    comment,
  );
  await page.reload();
  await page.getByTestId('article-item').first().locator('.article-open').click();
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Council meets');
  await page.getByLabel('Status').selectOption('ready');
  const gate = page.getByRole('dialog', { name: 'Not ready for Ready' });
  const item = gate.getByTestId('gate-failures').getByRole('button', { name: /^1 unresolved comment: / });
  await expect(item).toHaveCount(1);
  await item.click();
  await expect(page.getByTestId('review-panel')).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('draft');
});
