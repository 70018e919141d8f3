import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../core/article/schema';
import type { SearchResults } from '../../api/searchTypes';
import type { Backend } from '../openBackend';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { invokeOk, openTestBackend } from '../../testing/testBackend';

/**
 * Search at the start of a session, when article files changed while the app was closed (a restore by
 * hand, a sync tool, an edit in a text editor): the store's open reads them again, and search must too.
 */
let dir: string;
let cleanup: () => Promise<void>;
let backend: Backend | null = null;

beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir('copydesk-search-at-open-')));
afterEach(async () => {
  await backend?.close();
  backend = null;
  await cleanup();
});

const start = async () => (backend = await openTestBackend(dir));
const ok = <T>(channel: string, input: unknown): Promise<T> => invokeOk<T>(backend!, channel, input);

const found = async (query: string) => (await ok<SearchResults>('searchArticles', { query })).ids;

describe('search at open', () => {
  it('finds what an article file says now, when it changed behind the app’s back with the same updatedAt', async () => {
    await start();
    const article = await ok<Article>('createArticle', { fields: { headline: 'Harbour strike ends' } });
    await ok<Article>('createArticle', { fields: { headline: 'Council budget passed' } });
    expect(await found('harbour')).toEqual([article.id]);
    // Closing writes the search index and library.json, both knowing the article by this updatedAt.
    await backend!.close();
    backend = null;

    const file = join(dir, 'articles', `${article.id}.json`);
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as Article;
    await writeFile(file, JSON.stringify({ ...onDisk, headline: 'Lighthouse keeper retires' }, null, 2));

    await start();
    expect(await found('lighthouse')).toEqual([article.id]);
    expect(await found('harbour')).toEqual([]);
    expect(await found('council')).toHaveLength(1);
  });
});
