import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { expectSaved, newArticle, selectedArticleId, typeArticle } from './helpers';

test('an invalid payload through window.copydesk gets a typed error and changes nothing on disk', async ({ app }) => {
  const { page } = app;
  await newArticle(page);
  await typeArticle(page, { headline: 'Untouchable' });
  await expectSaved(page);
  const id = await selectedArticleId(page);
  const file = join(app.dataDir, 'articles', `${id}.json`);
  const before = await readFile(file, 'utf8');

  const results = await page.evaluate(async (articleId) => {
    const api = window.copydesk;
    const current = await api.getArticle({ id: articleId });
    if (!current.ok) throw new Error('getArticle failed');
    const article = current.value;
    const attempts: unknown[] = [
      await api.saveArticle({ article: { ...article, status: 'deleted' } } as never),
      await api.saveArticle({ article: { ...article, body: { type: 'doc', content: [{ type: 'paragraph', content: 'x' }] } } } as never),
      await api.saveArticle({ article: { ...article, id: '../../../etc/passwd' } } as never),
      await api.saveArticle(null as never),
      await api.trashArticle({ id: 42 } as never),
      await api.createArticle({ fields: { schemaVersion: 99 } } as never),
    ];
    return attempts;
  }, id);

  for (const result of results) {
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/^Invalid input for \w+: /);
  }
  expect(await readFile(file, 'utf8')).toBe(before);
  expect(await app.articleFiles()).toEqual([`${id}.json`]);
});
