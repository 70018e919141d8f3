import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleStore } from './articleStore';
import { SCHEMA_VERSION } from '../../core/article/schema';
import { EXAMPLE_MIGRATIONS, v0ArticleJson } from '../../core/history/exampleMigrations.fixtures';
import { makeTempDataDir } from '../../testing/tempDataDir';

let dir: string;
let cleanup: () => Promise<void>;
const now = () => new Date('2026-11-28T10:00:00.000Z');

beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir()));
afterEach(() => cleanup());

const open = () => ArticleStore.open(dir, { now });

describe('schema versions in the store', () => {
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
    expect(onDisk).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      language: 'en',
      related: [],
      tags: ['Leeds', 'council', 'budget'],
      updatedAt: original.updatedAt,
    });
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
    expect((await store.get(a.id)).schemaVersion).toBe(SCHEMA_VERSION);
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
    const newer = JSON.stringify(
      { ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: SCHEMA_VERSION + 1, factChecks: [{ by: 'desk' }] },
      null,
      2,
    );
    await writeFile(path, newer);
    // After a crash the index is rebuilt from the files, so the version is seen at open.
    await writeFile(join(dir, 'library.open'), '1');
    const store = await open();
    expect(store.list().map((e) => e.headline)).toEqual(['From the future']);
    expect(store.readOnlyReason(a.id)).toMatch(/newer version of Copydesk.*update Copydesk to edit it/);
    const shown = await store.get(a.id);
    expect(shown.headline).toBe('From the future');
    await expect(store.save({ ...shown, headline: 'Overwrite' })).rejects.toMatchObject({
      code: 'read_only',
      message: expect.stringMatching(/newer version of Copydesk/),
    });
    await expect(store.saveVersion(a.id, 'x')).rejects.toMatchObject({ code: 'read_only' });
    expect(await readFile(path, 'utf8')).toBe(newer);
    await store.close();
  });

  it('refuses to save over a newer file even when the clean index never read it', async () => {
    const first = await open();
    const a = await first.create({ headline: 'Mine' });
    await first.close();
    const path = join(dir, 'articles', `${a.id}.json`);
    const newer = JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), schemaVersion: SCHEMA_VERSION + 2 });
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
