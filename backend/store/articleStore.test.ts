import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleStore } from './articleStore';
import { SCHEMA_VERSION } from '../../core/article/schema';
import { paragraph } from '../../core/article/bodySchema';
import { makeTempDataDir } from '../../testing/tempDataDir';

let dir: string;
let cleanup: () => Promise<void>;
let clock: number;
const now = () => new Date(clock);

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir());
  clock = Date.parse('2026-11-28T10:00:00.000Z');
});
afterEach(() => cleanup());

const open = () => ArticleStore.open(dir, { now });

describe('ArticleStore', () => {
  it('creates an article file and an index entry, with a slug from the headline', async () => {
    const store = await open();
    const article = await store.create({ headline: 'Putin backs Maduro', section: 'WORLD' });
    expect(article.slug).toBe('putin-backs-maduro');
    const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${article.id}.json`), 'utf8'));
    expect(onDisk).toMatchObject({ id: article.id, headline: 'Putin backs Maduro', schemaVersion: SCHEMA_VERSION });
    expect(store.list().map((e) => e.id)).toEqual([article.id]);
    await store.close();
  });

  it('saves edits, moves updatedAt forward and keeps createdAt', async () => {
    const store = await open();
    const created = await store.create();
    const { article, entry } = await store.save({
      ...created,
      headline: 'New',
      body: { type: 'doc', content: [paragraph('one two three')] },
      createdAt: '2000-01-01T00:00:00.000Z',
    });
    expect(article.createdAt).toBe(created.createdAt);
    expect(article.updatedAt > created.updatedAt).toBe(true);
    expect(entry.words).toBe(3);
    expect(await store.get(created.id)).toEqual(article);
    await store.close();
  });

  it('finds everything again after a close and reopen', async () => {
    const first = await open();
    const a = await first.create({ headline: 'A' });
    await first.save({ ...a, standfirst: 'kept' });
    await first.close();
    const second = await open();
    expect(second.list().map((e) => e.headline)).toEqual(['A']);
    expect((await second.get(a.id)).standfirst).toBe('kept');
    await second.close();
  });

  it('rebuilds a missing index from the article files', async () => {
    const first = await open();
    const a = await first.create({ headline: 'A' });
    await first.close();
    await unlink(join(dir, 'library.json'));
    const second = await open();
    expect(second.list().map((e) => e.id)).toEqual([a.id]);
    await second.close();
  });

  it('rebuilds a corrupt index from the article files', async () => {
    const first = await open();
    const a = await first.create({ headline: 'A' });
    const b = await first.create({ headline: 'B' });
    await first.trash(b.id);
    await first.close();
    await writeFile(join(dir, 'library.json'), '{"indexVersion":1,"entries":[{"id":');
    const second = await open();
    expect(second.list().map((e) => e.id)).toEqual([a.id]);
    expect(second.list('trash').map((e) => e.id)).toEqual([b.id]);
    await second.close();
  });

  it('rebuilds after a crash, when the index on disk is stale', async () => {
    const first = await open();
    const a = await first.create({ headline: 'Before' });
    await first.close();
    const crashed = await open();
    await crashed.save({ ...(await crashed.get(a.id)), headline: 'After' });
    // no close: the process died, library.json still says "Before"
    const next = await open();
    expect(next.list()[0]?.headline).toBe('After');
    await next.close();
  });

  it('picks up article files added behind its back', async () => {
    const first = await open();
    const a = await first.create({ headline: 'A' });
    await first.close();
    const copy = JSON.parse(await readFile(join(dir, 'articles', `${a.id}.json`), 'utf8'));
    copy.id = '11111111-1111-4111-8111-111111111111';
    copy.headline = 'Dropped in';
    await writeFile(join(dir, 'articles', `${copy.id}.json`), JSON.stringify(copy));
    const second = await open();
    expect(
      second
        .list()
        .map((e) => e.headline)
        .sort(),
    ).toEqual(['A', 'Dropped in']);
    await second.close();
  });

  it('quarantines unreadable article files with a reason, and loads the rest', async () => {
    const first = await open();
    const good = await first.create({ headline: 'Good' });
    await first.close();
    await writeFile(
      join(dir, 'articles', '22222222-2222-4222-8222-222222222222.json'),
      '{"id": "22222222-2222-4222-8222-222222222222", "head',
    );
    await writeFile(join(dir, 'articles', '33333333-3333-4333-8333-333333333333.json'), '');
    await writeFile(
      join(dir, 'articles', '44444444-4444-4444-8444-444444444444.json'),
      '{"id":"44444444-4444-4444-8444-444444444444","headline":5}',
    );
    const second = await open();
    expect(second.list().map((e) => e.id)).toEqual([good.id]);
    const quarantined = await second.quarantined();
    expect(quarantined).toHaveLength(3);
    expect((await readdir(join(dir, 'quarantine'))).length).toBe(6);
    await second.close();
  });

  it.each([
    ['truncated JSON', (json: string) => json.slice(0, json.length / 2), /not valid JSON/],
    [
      'valid JSON with a wrong schema',
      (json: string) => json.replace('"status": "draft"', '"status": "filed"'),
      /not a Copydesk article: status/,
    ],
    ['an empty file', () => '', /The file is empty/],
    [
      'a file whose name is not its id',
      (json: string) => json.replace(/"id": "[^"]+"/, '"id": "66666666-6666-4666-8666-666666666666"'),
      /does not match the article id/,
    ],
  ])('quarantines %s found at open, keeping the bytes and a reason', async (_name, damage, reason) => {
    const first = await open();
    const a = await first.create({ headline: 'Damaged' });
    await first.close();
    const path = join(dir, 'articles', `${a.id}.json`);
    const damaged = damage(await readFile(path, 'utf8'));
    await writeFile(path, damaged);
    // A crash left the open marker, so the index is rebuilt and every file read.
    await writeFile(join(dir, 'library.open'), '1');
    const second = await open();
    expect(second.list()).toEqual([]);
    const [record] = await second.quarantined();
    expect(record?.reason).toMatch(reason);
    expect(record?.originalPath).toBe(path);
    expect(await readFile(join(dir, 'quarantine', record!.file), 'utf8')).toBe(damaged);
    await second.close();
  });

  it('quarantines a file damaged while the library is open, when it is next read', async () => {
    const store = await open();
    const a = await store.create({ headline: 'Fine at open' });
    await writeFile(join(dir, 'articles', `${a.id}.json`), '{"schemaVersion":1,"id":');
    await expect(store.get(a.id)).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/moved to quarantine/) });
    expect(store.list()).toEqual([]);
    expect(await store.quarantined()).toHaveLength(1);
    await store.close();
  });

  it('moves to trash, restores, and deletes for ever only from the trash', async () => {
    const store = await open();
    const a = await store.create({ headline: 'A' });
    await store.trash(a.id);
    expect(store.list()).toEqual([]);
    expect(await readdir(join(dir, 'trash'))).toEqual([`${a.id}.json`]);
    await expect(store.save(a)).rejects.toMatchObject({ code: 'in_trash' });
    await store.restore(a.id);
    expect(store.list().map((e) => e.id)).toEqual([a.id]);
    await expect(store.deleteForever(a.id)).rejects.toMatchObject({ code: 'not_in_trash' });
    await store.trash(a.id);
    await store.deleteForever(a.id);
    expect(store.list('trash')).toEqual([]);
    expect(await readdir(join(dir, 'trash'))).toEqual([]);
    await store.close();
  });

  it('refuses to save an article it does not know', async () => {
    const store = await open();
    const a = await store.create();
    await expect(store.save({ ...a, id: '55555555-5555-4555-8555-555555555555' })).rejects.toMatchObject({ code: 'not_found' });
    await store.close();
  });

  it('serialises concurrent saves: the last one queued wins on disk', async () => {
    const store = await open();
    const a = await store.create();
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.save({ ...a, headline: `v${i}` })));
    expect((await store.get(a.id)).headline).toBe('v19');
    await store.close();
  });

  it('clears temp files left by an interrupted write', async () => {
    const store = await open();
    await store.close();
    await writeFile(join(dir, 'articles', '.x.json.abcdefabcdef.tmp'), 'partial');
    const again = await open();
    expect(await readdir(join(dir, 'articles'))).toEqual([]);
    await again.close();
    await rm(join(dir, 'articles'), { recursive: true });
  });
});
