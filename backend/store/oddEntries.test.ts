import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleStore } from './articleStore';
import { makeTempDataDir } from '../../testing/tempDataDir';

/**
 * Issue 16 items 2 and 4: one odd entry in articles/, trash/ or revisions/ never stops the library from
 * opening, nothing is followed out of the data folder or blocks, and a file changed behind the app's back
 * is noticed at the next clean open.
 */
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir()));
afterEach(() => cleanup());

const ID = '0b7e3c52-9a41-4f7e-8a1d-4c2b9e6f1a00';

async function libraryWithOne(): Promise<string> {
  const store = await ArticleStore.open(dir);
  const kept = await store.create({ headline: 'Kept' });
  await store.close();
  return kept.id;
}

const oddEntries: Array<[string, (path: string) => Promise<void>]> = [
  ['a folder', (path) => mkdir(path)],
  ['a symlink to /dev/zero', (path) => symlink('/dev/zero', path)],
  ['a symlink to a file outside the data folder', (path) => symlink('/etc/passwd', path)],
  ['a FIFO', async (path) => void execFileSync('mkfifo', [path])],
  [
    'a file larger than the store reads (sparse)',
    async (path) => {
      await writeFile(path, '');
      await truncate(path, 65 * 1024 * 1024);
    },
  ],
];

describe.each(['articles', 'trash'])('an odd entry in %s/', (folder) => {
  it.each(oddEntries)('%s is quarantined and the rest opens', async (_label, make) => {
    const keptId = await libraryWithOne();
    await make(join(dir, folder, `${ID}.json`));
    // With the open marker present the index is rebuilt from the folders (a crash): the hardest case.
    for (const crashed of [false, true]) {
      if (crashed) await writeFile(join(dir, 'library.open'), '1');
      const store = await ArticleStore.open(dir);
      expect(store.list().map((e) => e.id)).toEqual([keptId]);
      expect(store.list('trash')).toEqual([]);
      await store.close();
    }
    expect(await readdir(join(dir, folder))).not.toContain(`${ID}.json`);
    const store = await ArticleStore.open(dir);
    const quarantined = await store.quarantined();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]!.reason).not.toMatch(/root:|\\0/); // never quotes what a link points at
    await store.close();
  });
});

describe('an odd entry in revisions/', () => {
  it.each(oddEntries)('%s where a revision file belongs is quarantined; the history opens', async (_label, make) => {
    const store = await ArticleStore.open(dir, { revisionIntervalMs: 0 });
    const a = await store.create({ headline: 'One' });
    await store.saveVersion(a.id, 'kept');
    await store.close();
    await make(join(dir, 'revisions', a.id, '20260101T000000000Z-abcdef.json'));
    const again = await ArticleStore.open(dir);
    expect((await again.listRevisions(a.id)).map((r) => r.label)).toEqual(['kept']);
    expect(await again.quarantined()).toHaveLength(1);
    await again.close();
  });

  it('a symlink where a history folder belongs is moved aside, not followed', async () => {
    const store = await ArticleStore.open(dir);
    const a = await store.create({ headline: 'One' });
    await store.close();
    await symlink('/etc', join(dir, 'revisions', a.id));
    const again = await ArticleStore.open(dir);
    expect(await again.listRevisions(a.id)).toEqual([]);
    await again.saveVersion(a.id, 'new history');
    expect((await again.listRevisions(a.id)).map((r) => r.label)).toEqual(['new history']);
    expect((await again.quarantined())[0]!.reason).toMatch(/symbolic link/);
    await again.close();
  });
});

describe('a file changed behind the app’s back (item 4)', () => {
  it('is read again at a clean open: a truncated file is quarantined, not listed with its old headline', async () => {
    const store = await ArticleStore.open(dir);
    const a = await store.create({ headline: 'Will be truncated' });
    const b = await store.create({ headline: 'Untouched' });
    await store.close();
    await truncate(join(dir, 'articles', `${a.id}.json`), 100);
    const again = await ArticleStore.open(dir);
    expect(again.list().map((e) => e.id)).toEqual([b.id]);
    expect((await again.quarantined())[0]!.reason).toMatch(/JSON|not/i);
    await again.close();
  });

  it('lists the headline and status of a file replaced by another tool', async () => {
    const store = await ArticleStore.open(dir);
    const a = await store.create({ headline: 'Old headline' });
    await store.close();
    const path = join(dir, 'articles', `${a.id}.json`);
    const replaced = { ...JSON.parse(await readFile(path, 'utf8')), headline: 'Renamed elsewhere', status: 'published' };
    await writeFile(path, JSON.stringify(replaced));
    const again = await ArticleStore.open(dir);
    expect(again.list().map((e) => [e.headline, e.status])).toEqual([['Renamed elsewhere', 'published']]);
    await again.close();
  });

  it('keeps a trashed article’s trashing time when its file changed', async () => {
    const store = await ArticleStore.open(dir, { now: () => new Date('2026-11-01T00:00:00Z') });
    const a = await store.create({ headline: 'Trashed' });
    const { trashedAt } = await store.trash(a.id);
    await store.close();
    const path = join(dir, 'trash', `${a.id}.json`);
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), headline: 'Trashed, edited' }));
    const again = await ArticleStore.open(dir);
    expect(again.list('trash').map((e) => [e.headline, e.trashedAt])).toEqual([['Trashed, edited', trashedAt]]);
    await again.close();
  });
});
