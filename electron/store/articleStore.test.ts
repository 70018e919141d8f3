import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleStore } from './articleStore';
import { paragraph } from '../../core/article/bodySchema';
import { EXAMPLE_MIGRATIONS, v0ArticleJson } from '../../core/history/exampleMigrations.fixtures';
import { makeTempDataDir } from '../testing/tempDataDir';

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
    expect(onDisk).toMatchObject({ id: article.id, headline: 'Putin backs Maduro', schemaVersion: 1 });
    expect(store.list().map((e) => e.id)).toEqual([article.id]);
    await store.close();
  });

  it('saves edits, moves updatedAt forward and keeps createdAt', async () => {
    const store = await open();
    const created = await store.create();
    const { article, entry } = await store.save({ ...created, headline: 'New', body: { type: 'doc', content: [paragraph('one two three')] }, createdAt: '2000-01-01T00:00:00.000Z' });
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
    expect(second.list().map((e) => e.headline).sort()).toEqual(['A', 'Dropped in']);
    await second.close();
  });

  it('quarantines unreadable article files with a reason, and loads the rest', async () => {
    const first = await open();
    const good = await first.create({ headline: 'Good' });
    await first.close();
    await writeFile(join(dir, 'articles', '22222222-2222-4222-8222-222222222222.json'), '{"id": "22222222-2222-4222-8222-222222222222", "head');
    await writeFile(join(dir, 'articles', '33333333-3333-4333-8333-333333333333.json'), '');
    await writeFile(join(dir, 'articles', '44444444-4444-4444-8444-444444444444.json'), '{"id":"44444444-4444-4444-8444-444444444444","headline":5}');
    const second = await open();
    expect(second.list().map((e) => e.id)).toEqual([good.id]);
    const quarantined = await second.quarantined();
    expect(quarantined).toHaveLength(3);
    expect((await readdir(join(dir, 'quarantine'))).length).toBe(6);
    await second.close();
  });

  it.each([
    ['truncated JSON', (json: string) => json.slice(0, json.length / 2), /not valid JSON/],
    ['valid JSON with a wrong schema', (json: string) => json.replace('"status": "draft"', '"status": "filed"'), /not a Copydesk article: status/],
    ['an empty file', () => '', /The file is empty/],
    ['a file whose name is not its id', (json: string) => json.replace(/"id": "[^"]+"/, '"id": "66666666-6666-4666-8666-666666666666"'), /does not match the article id/],
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

  describe('schema versions', () => {
    const V0_ID = '77777777-7777-4777-8777-777777777777';
    const openWithExample = () => ArticleStore.open(dir, { now, migrations: EXAMPLE_MIGRATIONS });
    const v0Path = () => join(dir, 'articles', `${V0_ID}.json`);

    it('upgrades an older file at open, keeping the original as a migration revision', async () => {
      await (await open()).close();
      const original = v0ArticleJson(V0_ID);
      await writeFile(v0Path(), JSON.stringify(original, null, 2));
      const store = await openWithExample();
      expect(store.list()).toMatchObject([{ id: V0_ID, headline: 'Council agrees budget', tags: ['Leeds', 'council', 'budget'] }]);
      const onDisk = JSON.parse(await readFile(v0Path(), 'utf8'));
      expect(onDisk).toMatchObject({ schemaVersion: 1, language: 'en', related: [], tags: ['Leeds', 'council', 'budget'], updatedAt: original.updatedAt });
      const [revision] = await store.listRevisions(V0_ID);
      expect(revision).toMatchObject({ reason: 'migration', articleUpdatedAt: original.updatedAt, status: 'editing' });
      const kept = JSON.parse(await readFile(join(dir, 'revisions', V0_ID, `${revision!.revisionId}.json`), 'utf8'));
      expect(kept.article).toEqual(original);
      // Read back through the migrations, the original opens as today's shape.
      expect((await store.getRevision(V0_ID, revision!.revisionId)).tags).toEqual(['Leeds', 'council', 'budget']);
      await store.close();
    });

    it('keeps the original once, even when a crash makes the upgrade run again', async () => {
      await (await open()).close();
      await writeFile(v0Path(), JSON.stringify(v0ArticleJson(V0_ID)));
      const first = await openWithExample();
      await first.close();
      // As if the process died after keeping the original but before writing the upgrade.
      await writeFile(v0Path(), JSON.stringify(v0ArticleJson(V0_ID)));
      const second = await openWithExample();
      expect(await second.listRevisions(V0_ID)).toHaveLength(1);
      await second.close();
    });

    it('upgrades an older file found on read after a clean open, and before a save overwrites it', async () => {
      const first = await open();
      const a = await first.create({ headline: 'Was current' });
      const b = await first.create({ headline: 'Also current' });
      await first.close();
      await writeFile(join(dir, 'articles', `${a.id}.json`), JSON.stringify(v0ArticleJson(a.id, { headline: 'Old on disk' })));
      await writeFile(join(dir, 'articles', `${b.id}.json`), JSON.stringify(v0ArticleJson(b.id, { headline: 'Old too' })));
      const store = await openWithExample();
      expect((await store.get(a.id)).schemaVersion).toBe(1);
      expect(await store.listRevisions(a.id)).toMatchObject([{ reason: 'migration' }]);
      // b was never read before this save: the save reads it first and keeps its original.
      const saved = await store.save({ ...(await store.get(a.id)), id: b.id, headline: 'Edited' });
      expect(saved.article.headline).toBe('Edited');
      expect(await store.listRevisions(b.id)).toMatchObject([{ reason: 'migration' }]);
      await store.close();
    });

    it('quarantines an older file it cannot upgrade', async () => {
      await (await open()).close();
      await writeFile(v0Path(), JSON.stringify(v0ArticleJson(V0_ID, { tags: ['already', 'a', 'list'] })));
      const store = await openWithExample();
      expect(store.list()).toEqual([]);
      expect((await store.quarantined())[0]?.reason).toMatch(/older Copydesk and could not be upgraded/);
      await store.close();
    });

    it('opens a newer file read-only and never writes over it', async () => {
      const first = await open();
      const a = await first.create({ headline: 'From the future' });
      await first.close();
      const path = join(dir, 'articles', `${a.id}.json`);
      const newer = JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: 2, factChecks: [{ by: 'desk' }] }, null, 2);
      await writeFile(path, newer);
      // After a crash the index is rebuilt from the files, so the version is seen at open.
      await writeFile(join(dir, 'library.open'), '1');
      const store = await open();
      expect(store.list().map((e) => e.headline)).toEqual(['From the future']);
      expect(store.readOnlyReason(a.id)).toMatch(/newer version of Copydesk.*update Copydesk to edit it/);
      const shown = await store.get(a.id);
      expect(shown.headline).toBe('From the future');
      await expect(store.save({ ...shown, headline: 'Overwrite' })).rejects.toMatchObject({ code: 'read_only', message: expect.stringMatching(/newer version of Copydesk/) });
      await expect(store.saveVersion(a.id, 'x')).rejects.toMatchObject({ code: 'read_only' });
      expect(await readFile(path, 'utf8')).toBe(newer);
      await store.close();
    });

    it('refuses to save over a newer file even when the clean index never read it', async () => {
      const first = await open();
      const a = await first.create({ headline: 'Mine' });
      await first.close();
      const path = join(dir, 'articles', `${a.id}.json`);
      const newer = JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: 3 });
      await writeFile(path, newer);
      const store = await open();
      await expect(store.save({ ...a, headline: 'Overwrite' })).rejects.toMatchObject({ code: 'read_only' });
      expect(await readFile(path, 'utf8')).toBe(newer);
      await store.close();
    });

    it('lists a newer file it cannot even validate, and explains why it cannot be shown', async () => {
      await (await open()).close();
      await writeFile(v0Path(), JSON.stringify({ schemaVersion: 9, id: V0_ID, headline: 'Far future', body: 'not TipTap any more' }));
      const store = await open();
      expect(store.list()).toMatchObject([{ id: V0_ID, headline: 'Far future', words: 0 }]);
      await expect(store.get(V0_ID)).rejects.toMatchObject({ code: 'read_only', message: expect.stringMatching(/cannot show it/) });
      expect(await store.quarantined()).toEqual([]);
      await store.close();
    });
  });
});
