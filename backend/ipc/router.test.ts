import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { contract } from '../../api/contract';
import { CHANNEL_NAMES } from '../../api/channels';
import { createRouter, type Handlers } from './router';
import type { Backend } from '../openBackend';
import { invokeOk, openTestBackend } from '../../testing/testBackend';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { CopydeskError } from '../../core/errors';
import type { Article } from '../../core/article/schema';

let backend: Backend;
let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir());
  backend = await openTestBackend(dir);
});
afterEach(async () => {
  await backend.close();
  await cleanup();
});

const ok = <T>(channel: string, input: unknown): Promise<T> => invokeOk<T>(backend, channel, input);

describe('router', () => {
  it('declares the same channels in the contract and the preload list', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('runs valid input through to the store', async () => {
    const article = await ok<Article>('createArticle', { fields: { headline: 'Hello', section: 'WORLD' } });
    const saved = await ok<{ article: Article }>('saveArticle', { article: { ...article, standfirst: 'More' } });
    expect(saved.article.standfirst).toBe('More');
    expect(await ok('listArticles', {})).toHaveLength(1);
    const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8'));
    expect(onDisk.standfirst).toBe('More');
  });

  it('opens an accepted import’s history with where it came from; a plain new article has no entry yet', async () => {
    const imported = await ok<Article>('createArticle', { fields: { headline: 'From the wire' }, importedFrom: 'story.docx' });
    expect(await ok('listRevisions', { id: imported.id })).toEqual([
      expect.objectContaining({ reason: 'import', label: 'Imported from “story.docx”' }),
    ]);
    const pasted = await ok<Article>('createArticle', { fields: { headline: 'Pasted' }, importedFrom: 'Pasted selection' });
    expect(await ok('listRevisions', { id: pasted.id })).toEqual([expect.objectContaining({ label: 'Imported from pasted selection' })]);
    const typed = await ok<Article>('createArticle', { fields: { headline: 'Typed' } });
    expect(await ok('listRevisions', { id: typed.id })).toEqual([]);
  });

  it('answers invalid input with a typed error and changes nothing on disk', async () => {
    const article = await ok<Article>('createArticle', {});
    const before = await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8');
    const bad = [
      ['saveArticle', { article: { ...article, status: 'lost' } }],
      ['saveArticle', { article: { ...article, headline: 'x'.repeat(10_000) } }],
      ['saveArticle', { article: { ...article, body: { type: 'doc', content: 'nope' } } }],
      ['saveArticle', { article: { ...article, extra: 1 }, more: true }],
      ['getArticle', { id: '../../etc/passwd' }],
      ['createArticle', { fields: { id: 'forced' } }],
      ['listArticles', 'not an object'],
    ] as const;
    for (const [channel, input] of bad) {
      const result = await backend.invoke(channel, input);
      expect(result.ok, `${channel} ${JSON.stringify(input).slice(0, 60)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message).toMatch(new RegExp(`Invalid input for ${channel}`));
      }
    }
    expect(await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8')).toBe(before);
    expect(await readdir(join(dir, 'articles'))).toHaveLength(1);
  });

  it('rejects a channel that does not exist, including prototype names', async () => {
    for (const name of ['nope', 'constructor', '__proto__', 'toString', 42, null]) {
      const result = await backend.invoke(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('passes a user-facing error through with its code', async () => {
    const result = await backend.invoke('getArticle', { id: '55555555-5555-4555-8555-555555555555' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('turns an unexpected throw into an internal error without leaking its details', async () => {
    const log = vi.fn();
    const throwing = Object.fromEntries(
      Object.keys(contract).map((k) => [
        k,
        () => {
          throw new Error('secret stack detail');
        },
      ]),
    ) as unknown as Handlers;
    const invoke = createRouter(throwing, log);
    const result = await invoke('getAppInfo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toMatch(/secret/);
    expect(log).toHaveBeenCalledOnce();
  });

  it('keeps the code of a thrown CopydeskError and reports zod failures inside handlers as invalid_data', async () => {
    const handlers = Object.fromEntries(
      Object.keys(contract).map((k) => [
        k,
        () => {
          throw new CopydeskError('read_only', 'This article is read-only.');
        },
      ]),
    ) as unknown as Handlers;
    handlers.getAppInfo = () => z.object({ a: z.string() }).parse({}) as never;
    const invoke = createRouter(handlers);
    expect(await invoke('listQuarantine', {})).toMatchObject({
      ok: false,
      error: { code: 'read_only', message: 'This article is read-only.' },
    });
    expect(await invoke('getAppInfo', {})).toMatchObject({ ok: false, error: { code: 'invalid_data' } });
  });

  it('moves to trash and back through the channels', async () => {
    const article = await ok<Article>('createArticle', { fields: { headline: 'T' } });
    await ok('trashArticle', { id: article.id });
    expect(await ok('listArticles', { which: 'trash' })).toHaveLength(1);
    await ok('restoreArticle', { id: article.id });
    expect(await ok('listArticles', {})).toHaveLength(1);
  });
});
