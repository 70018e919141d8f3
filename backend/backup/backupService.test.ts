import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { openBackend, type Backend } from '../openBackend';
import { ScriptedPlatform } from '../hostPlatforms';
import { readPreviewStylesheet } from '../export/previewStylesheet';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { MANIFEST } from './backupArchive';
import { restoreInto } from './backupService';
import type { Article } from '../../core/article/schema';

let root: string;
let cleanup: () => Promise<void>;
let platform: ScriptedPlatform;
let backend: Backend;
const dataDir = () => join(root, 'library');

beforeEach(async () => {
  ({ dir: root, cleanup } = await makeTempDataDir('copydesk-backup-'));
  platform = new ScriptedPlatform();
  backend = await openBackend({
    dataDir: dataDir(),
    host: 'browser',
    version: 'test',
    platform,
    stylesheet: readPreviewStylesheet(),
    pdf: null,
  });
});
afterEach(async () => {
  await backend.close();
  await cleanup();
});

async function call<T>(channel: string, input: unknown = {}): Promise<T> {
  const result = await backend.invoke(channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

describe('backup and restore', () => {
  it('round-trips the library and keeps the old one beside it', async () => {
    const kept = await call<Article>('createArticle', { fields: { headline: 'Kept in the backup' } });
    const folder = join(root, 'backups');
    await mkdir(folder);
    platform.answerNextFolderDialog(folder);
    const backup = await call<{ path: string; files: number }>('backUpLibrary');
    expect(backup.path).toMatch(/Copydesk backup \d{4}-\d{2}-\d{2} \d{4}\.zip$/);

    await call('trashArticle', { id: kept.id });
    await call('deleteArticleForever', { id: kept.id });
    await call('createArticle', { fields: { headline: 'Written after the backup' } });

    platform.answerNextOpenDialog([backup.path]);
    const restored = await call<{ previous: string; files: number }>('restoreBackup');
    const list = await call<Array<{ headline: string }>>('listArticles', {});
    expect(list.map((e) => e.headline)).toEqual(['Kept in the backup']);
    expect(JSON.parse(await readFile(join(dataDir(), 'articles', `${kept.id}.json`), 'utf8')).headline).toBe('Kept in the backup');
    const previousArticles = await readdir(join(restored.previous, 'articles'));
    expect(previousArticles).toHaveLength(1);
  });

  it('refuses a damaged backup and leaves the library untouched', async () => {
    await call('createArticle', { fields: { headline: 'Untouched' } });
    const folder = join(root, 'backups');
    await mkdir(folder);
    platform.answerNextFolderDialog(folder);
    const { path } = await call<{ path: string }>('backUpLibrary');
    const bytes = await readFile(path);
    // Flip bytes inside the stored data so the checksum (or the zip itself) no longer matches.
    for (let i = 200; i < 260; i++) bytes[i] = bytes[i]! ^ 0xff;
    await writeFile(path, bytes);
    platform.answerNextOpenDialog([path]);
    const result = await backend.invoke('restoreBackup', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_backup' } });
    expect((await call<Array<{ headline: string }>>('listArticles', {})).map((e) => e.headline)).toEqual(['Untouched']);
  });

  it.each([
    ['not a zip', () => strToU8('hello')],
    ['a zip without a manifest', () => zipSync({ 'articles/x.json': strToU8('{}') })],
    [
      'a manifest with a path that escapes the folder',
      () => {
        const evil = strToU8('owned');
        const manifest = {
          format: 'copydesk-backup',
          version: 1,
          createdAt: '',
          appVersion: '',
          files: [{ path: '../../evil.txt', bytes: evil.length, sha256: createHash('sha256').update(evil).digest('hex') }],
        };
        return zipSync({ [MANIFEST]: strToU8(JSON.stringify(manifest)), '../../evil.txt': evil });
      },
    ],
  ])('refuses %s with a clear message', async (_label, make) => {
    const file = join(root, 'bad.zip');
    await writeFile(file, make());
    await expect(restoreInto(dataDir(), file, new Date())).rejects.toMatchObject({ code: 'invalid_backup' });
    expect(await readdir(root)).not.toContain('evil.txt');
  });
});
