import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleStore } from '../articleStore';
import type { StoreOptions } from '../storeOptions';
import { paragraph } from '../../../core/article/bodySchema';
import type { Article } from '../../../core/article/schema';
import { makeTempDataDir } from '../../../testing/tempDataDir';

let dir: string;
let cleanup: () => Promise<void>;
let clock: number;
const now = () => new Date(clock);
const MIN = 60_000;
const DAY = 86_400_000;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir());
  clock = Date.parse('2026-11-28T10:00:00.000Z');
});
afterEach(() => cleanup());

const open = (options: StoreOptions = {}) => ArticleStore.open(dir, { now, ...options });
const body = (text: string) => ({ type: 'doc' as const, content: [paragraph(text)] });
const revDir = (id: string) => join(dir, 'revisions', id);

async function typed(store: ArticleStore, article: Article, text: string, advanceMs = 1000): Promise<Article> {
  clock += advanceMs;
  return (await store.save({ ...article, body: body(text) })).article;
}

describe('revisions while typing', () => {
  it('snapshots the previous saved content, at most once per interval', async () => {
    const store = await open();
    let a = await store.create();
    a = await typed(store, a, 'first words'); // the previous content was blank: nothing to keep
    expect(await store.listRevisions(a.id)).toEqual([]);
    a = await typed(store, a, 'first words, then more');
    const [first] = await store.listRevisions(a.id);
    expect(first).toMatchObject({ reason: 'typing', label: null, words: 2, status: 'draft' });
    expect((await store.getRevision(a.id, first!.revisionId)).body).toEqual(body('first words'));
    for (let i = 0; i < 20; i += 1) a = await typed(store, a, `draft ${i}`, 10_000);
    expect(await store.listRevisions(a.id)).toHaveLength(1);
    a = await typed(store, a, 'after five minutes', 5 * MIN);
    const revisions = await store.listRevisions(a.id);
    expect(revisions).toHaveLength(2);
    expect((await store.getRevision(a.id, revisions[0]!.revisionId)).body).toEqual(body('draft 19'));
    await store.close();
  });

  it('takes its interval from the options', async () => {
    const store = await open({ revisionIntervalMs: 2000 });
    let a = await store.create({ headline: 'H' });
    for (let i = 0; i < 6; i += 1) a = await typed(store, a, `v${i}`, 1000);
    // Due at the first save (none yet), then every second save.
    expect(await store.listRevisions(a.id)).toHaveLength(3);
    await store.close();
  });

  it('lays revisions out as revisions/<id>/<timestamp>-<rand>.json beside an index', async () => {
    const store = await open();
    let a = await store.create({ headline: 'Kept' });
    a = await typed(store, a, 'x');
    const names = (await readdir(revDir(a.id))).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^20261128T100001000Z-[0-9a-f]{6}\.json$/);
    expect(names[1]).toBe('index.json');
    const file = JSON.parse(await readFile(join(revDir(a.id), names[0]!), 'utf8'));
    expect(file.revision).toMatchObject({ articleId: a.id, reason: 'typing' });
    expect(file.article.headline).toBe('Kept');
    await store.close();
  });
});

describe('milestones', () => {
  it('snapshots the new content at every status change', async () => {
    const store = await open();
    let a = await store.create({ headline: 'Story' });
    a = (await store.save({ ...a, status: 'editing' })).article;
    clock += 1000;
    a = (await store.save({ ...a, body: body('filed copy'), status: 'ready' })).article;
    const revisions = await store.listRevisions(a.id);
    expect(revisions.map((r) => [r.reason, r.status])).toEqual([
      ['status', 'ready'],
      ['status', 'editing'],
      ['typing', 'draft'],
    ]);
    expect((await store.getRevision(a.id, revisions[0]!.revisionId)).body).toEqual(body('filed copy'));
    await store.close();
  });

  it('saves a named version of the saved article and keeps it when older ones are pruned', async () => {
    const store = await open();
    let a = await store.create({ headline: 'Budget' });
    a = await typed(store, a, 'as filed');
    const version = await store.saveVersion(a.id, '  As filed  ');
    expect(version).toMatchObject({ label: 'As filed', reason: 'label', words: 2 });
    await expect(store.saveVersion(a.id, '   ')).rejects.toMatchObject({ code: 'invalid_label' });
    // Four months of daily typing later (past the daily tier, into weekly), the named version is still there.
    for (let day = 0; day < 120; day += 1) a = await typed(store, a, `day ${day}`, DAY);
    const revisions = await store.listRevisions(a.id);
    expect(revisions.some((r) => r.revisionId === version.revisionId)).toBe(true);
    expect(revisions.length).toBeLessThan(110);
    expect(await readdir(revDir(a.id))).toHaveLength(revisions.length + 1);
    await store.close();
  });

  it('refuses a version of a trashed article', async () => {
    const store = await open();
    const a = await store.create({ headline: 'T' });
    await store.trash(a.id);
    await expect(store.saveVersion(a.id, 'x')).rejects.toMatchObject({ code: 'in_trash' });
    await store.close();
  });
});

describe('restoreRevision', () => {
  it('snapshots the current content, then saves the old one as a new version', async () => {
    const store = await open();
    let a = await store.create({ headline: 'Story' });
    a = await typed(store, a, 'original wording');
    const named = await store.saveVersion(a.id, 'Original');
    a = (await store.save({ ...a, body: body('rewritten badly'), status: 'published', publishedAt: '2026-11-28T11:00:00.000Z' })).article;
    const before = await store.listRevisions(a.id);
    clock += 1000;
    const { article, entry } = await store.restoreRevision(a.id, named.revisionId);
    expect(article.body).toEqual(body('original wording'));
    expect(article.status).toBe('published');
    expect(article.updatedAt > a.updatedAt).toBe(true);
    expect(entry.words).toBe(2);
    expect(await store.get(a.id)).toEqual(article);
    const after = await store.listRevisions(a.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ reason: 'restore' });
    expect((await store.getRevision(a.id, after[0]!.revisionId)).body).toEqual(body('rewritten badly'));
    // Nothing was overwritten: every earlier version still opens.
    for (const r of before) await expect(store.getRevision(a.id, r.revisionId)).resolves.toBeDefined();
    await store.close();
  });

  it('says clearly when the version is not there', async () => {
    const store = await open();
    const a = await store.create();
    await expect(store.restoreRevision(a.id, '20261128T100000000Z-abcdef')).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.getRevision(a.id, '../../library')).rejects.toMatchObject({ code: 'not_found' });
    await store.close();
  });
});

describe('history on disk', () => {
  async function storeWithHistory() {
    const store = await open({ revisionIntervalMs: 0 });
    let a = await store.create({ headline: 'H' });
    for (let i = 0; i < 3; i += 1) a = await typed(store, a, `v${i}`);
    const revisions = await store.listRevisions(a.id);
    await store.close();
    return { a, revisions };
  }

  it('lists newest first, and the same after a reopen', async () => {
    const { a, revisions } = await storeWithHistory();
    expect(revisions).toHaveLength(3);
    expect([...revisions].sort((x, y) => y.createdAt.localeCompare(x.createdAt))).toEqual(revisions);
    const again = await open();
    expect(await again.listRevisions(a.id)).toEqual(revisions);
    await again.close();
  });

  it('finds a revision written just before a crash that never reached the index', async () => {
    const { a, revisions } = await storeWithHistory();
    await unlink(join(revDir(a.id), 'index.json'));
    const again = await open();
    expect(await again.listRevisions(a.id)).toEqual(revisions);
    await again.close();
  });

  it('drops index lines whose file is gone, and rebuilds a corrupt index', async () => {
    const { a, revisions } = await storeWithHistory();
    await unlink(join(revDir(a.id), `${revisions[1]!.revisionId}.json`));
    await writeFile(join(revDir(a.id), 'index.json'), '{"indexVersion":1,"revisions":[{"revisionId":');
    const again = await open();
    expect((await again.listRevisions(a.id)).map((r) => r.revisionId)).toEqual([revisions[0]!.revisionId, revisions[2]!.revisionId]);
    await again.close();
  });

  it('quarantines an unreadable revision file and lists the rest', async () => {
    const { a, revisions } = await storeWithHistory();
    await unlink(join(revDir(a.id), 'index.json'));
    await writeFile(join(revDir(a.id), `${revisions[0]!.revisionId}.json`), '{"revision":');
    const again = await open();
    expect(await again.listRevisions(a.id)).toHaveLength(2);
    expect((await again.quarantined()).map((q) => q.reason).join()).toMatch(/revision file is not valid JSON/);
    await again.close();
  });

  it('deletes the history with the article, and only then', async () => {
    const { a } = await storeWithHistory();
    const store = await open();
    await store.trash(a.id);
    expect(await store.listRevisions(a.id)).toHaveLength(3);
    await store.deleteForever(a.id);
    expect(await readdir(join(dir, 'revisions'))).toEqual([]);
    await store.close();
  });

  it('keeps an imported article as imported when asked', async () => {
    const store = await open();
    const a = await store.create({ headline: 'From the wire' }, { revision: 'import' });
    expect(await store.listRevisions(a.id)).toMatchObject([{ reason: 'import', articleUpdatedAt: a.updatedAt }]);
    await store.close();
  });
});
