import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IndexEntrySchema, type IndexEntry } from '../../core/library/indexEntry';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { ArticleStore } from './articleStore';
import { COLUMNS, indexEntryOrNull, indexFileOf, loadedIndexOf } from './indexFileShape';

const ENTRY: IndexEntry = {
  id: '0b7e3c52-9a41-4f7e-8a1d-4c2b9e6f1a00',
  slug: 'a-slug',
  headline: 'A headline',
  section: 'WORLD',
  status: 'draft',
  tags: ['one', 'two'],
  byline: 'By Someone',
  words: 12,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
  publishedAt: null,
  trashedAt: null,
};

/** Each field given values of every kind, plus ids and counts at the edges of what zod accepts. */
function variants(): unknown[] {
  const kinds: unknown[] = [undefined, null, '', 'text', 0, -1, 1.5, 2 ** 60, true, [], ['x'], [1], {}, { a: 1 }];
  const out: unknown[] = [ENTRY, null, 'entry', 42, [ENTRY], { ...ENTRY, extra: 'kept out' }, { ...ENTRY, stamp: '1:2:3:4' }];
  for (const key of Object.keys(ENTRY)) {
    for (const value of kinds) out.push({ ...ENTRY, [key]: value });
    const { [key as keyof typeof ENTRY]: _dropped, ...without } = ENTRY;
    out.push(without);
  }
  for (const id of [
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '0B7E3C52-9A41-4F7E-8A1D-4C2B9E6F1A00',
    '0b7e3c52-9a41-0f7e-8a1d-4c2b9e6f1a00',
    '0b7e3c52-9a41-9f7e-8a1d-4c2b9e6f1a00',
    '0b7e3c52-9a41-4f7e-7a1d-4c2b9e6f1a00',
    '0b7e3c52-9a41-4f7e-8a1d-4c2b9e6f1a0',
    '../../etc/passwd',
    ` ${ENTRY.id}`,
  ])
    out.push({ ...ENTRY, id });
  for (const status of ['draft', 'editing', 'ready', 'published', 'spiked', 'Draft', 'killed']) out.push({ ...ENTRY, status });
  for (const words of [0, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, -0, 3e3]) out.push({ ...ENTRY, words });
  out.push({ ...ENTRY, publishedAt: '2026-11-03T00:00:00.000Z', trashedAt: '2026-11-04T00:00:00.000Z' });
  return out;
}

describe('the hand check of library.json (index entries without zod)', () => {
  it('accepts exactly what IndexEntrySchema accepts, and gives what zod would give', () => {
    const all = variants();
    expect(all.length).toBeGreaterThan(200);
    for (const value of all) {
      const byZod = IndexEntrySchema.safeParse(value);
      const byHand = indexEntryOrNull(value);
      expect(byHand !== null, JSON.stringify(value)).toBe(byZod.success);
      if (byZod.success) expect(byHand).toStrictEqual(byZod.data);
    }
  });

  it('reads rows (version 2) by the same checks, field for field', () => {
    const rowOf = (value: Record<string, unknown>) =>
      COLUMNS.map((name) => (name in value ? value[name] : name === 'stamp' ? null : undefined));
    for (const value of variants()) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const byZod = IndexEntrySchema.safeParse(value);
      const loaded = loadedIndexOf({ indexVersion: 2, columns: COLUMNS, rows: [rowOf(value as Record<string, unknown>)] });
      expect(loaded !== null, JSON.stringify(value)).toBe(byZod.success);
      if (byZod.success) expect(loaded!.entries[0]).toStrictEqual(byZod.data);
    }
  });

  it('writes rows that read back as the same entries and stamps, in the order given', () => {
    const other = { ...ENTRY, id: '11111111-1111-4111-8111-111111111111', trashedAt: '2026-11-05T00:00:00.000Z' };
    const file = JSON.parse(JSON.stringify(indexFileOf([other, ENTRY], (id) => (id === ENTRY.id ? '10:1.5:2.25:7' : undefined))));
    expect(file.indexVersion).toBe(2);
    expect(file.rows[1]).toEqual([...Object.values(ENTRY), '10:1.5:2.25:7']);
    const loaded = loadedIndexOf(file);
    expect(loaded?.entries).toStrictEqual([other, ENTRY]);
    expect([...loaded!.stamps]).toEqual([[ENTRY.id, '10:1.5:2.25:7']]);
  });

  it('rebuilds rather than guess at rows of another layout or length', () => {
    const file = indexFileOf([ENTRY], () => undefined);
    expect(loadedIndexOf(file)).not.toBeNull();
    expect(loadedIndexOf({ ...file, columns: [...COLUMNS].reverse() })).toBeNull();
    expect(loadedIndexOf({ ...file, columns: [...COLUMNS, 'extra'] })).toBeNull();
    expect(loadedIndexOf({ ...file, rows: [file.rows[0]!.slice(0, -1)] })).toBeNull();
    expect(loadedIndexOf({ ...file, rows: [{ ...ENTRY }] })).toBeNull();
    expect(loadedIndexOf({ ...file, rows: {} })).toBeNull();
    expect(loadedIndexOf({ indexVersion: 3, columns: COLUMNS, rows: file.rows })).toBeNull();
  });

  it('rejects the whole file for one bad entry, a wrong version or a wrong shape', () => {
    const good = { indexVersion: 1, entries: [ENTRY] };
    expect(loadedIndexOf(good)?.entries).toEqual([ENTRY]);
    expect(loadedIndexOf({ ...good, entries: [ENTRY, { ...ENTRY, words: -1 }] })).toBeNull();
    expect(loadedIndexOf({ ...good, indexVersion: 2 })).toBeNull();
    expect(loadedIndexOf({ ...good, indexVersion: 0 })).toBeNull();
    expect(loadedIndexOf({ indexVersion: 1, entries: {} })).toBeNull();
    expect(loadedIndexOf(null)).toBeNull();
    expect(loadedIndexOf([good])).toBeNull();
  });

  it('reads stamps kept in the entries and in the older files map, and ignores bad ones', () => {
    const other = { ...ENTRY, id: '11111111-1111-4111-8111-111111111111' };
    const third = { ...ENTRY, id: '22222222-2222-4222-8222-222222222222' };
    const loaded = loadedIndexOf({
      indexVersion: 1,
      entries: [{ ...ENTRY, stamp: '10:1.5:2.25:7' }, other, { ...third, stamp: 5 }],
      files: { [ENTRY.id]: { size: 1, mtimeMs: 1, ctimeMs: 1, ino: 1 }, [other.id]: { size: 3, mtimeMs: 4.5, ctimeMs: 6, ino: 8 } },
    });
    expect(loaded?.entries.map((e) => Object.keys(e).includes('stamp'))).toEqual([false, false, false]);
    expect([...(loaded?.stamps ?? [])]).toEqual([
      [ENTRY.id, '10:1.5:2.25:7'],
      [other.id, '3:4.5:6:8'],
    ]);
  });
});

describe('library.json at open', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir()));
  afterEach(() => cleanup());
  const indexPath = () => join(dir, 'library.json');

  async function libraryWith(headline: string): Promise<string> {
    const store = await ArticleStore.open(dir);
    const article = await store.create({ headline });
    await store.close();
    return article.id;
  }

  /** library.json's first row as an object by column name, and a way to write it back. */
  async function firstRow(): Promise<{ row: Record<string, unknown>; write(row: Record<string, unknown>): Promise<void> }> {
    const index = JSON.parse(await readFile(indexPath(), 'utf8'));
    expect(index.columns).toEqual(COLUMNS);
    const row = Object.fromEntries(COLUMNS.map((name, i) => [name, index.rows[0][i]]));
    return {
      row,
      write: (changed) => writeFile(indexPath(), JSON.stringify({ ...index, rows: [COLUMNS.map((name) => changed[name])] })),
    };
  }

  it('rebuilds from the article files when one entry is well-formed JSON of the wrong shape', async () => {
    const id = await libraryWith('From the file');
    const { row, write } = await firstRow();
    await write({ ...row, headline: 'From a bad index', words: -3 });
    const again = await ArticleStore.open(dir);
    expect(again.list().map((e) => [e.id, e.headline])).toEqual([[id, 'From the file']]);
    await again.close();
  });

  it('trusts an entry whose file still has its stamp, and reads the file again when the stamp is gone', async () => {
    await libraryWith('From the file');
    const { row, write } = await firstRow();
    expect(row.stamp).toMatch(/^\d+:[\d.]+:[\d.]+:\d+$/);
    await write({ ...row, headline: 'From the index' });
    const trusted = await ArticleStore.open(dir);
    expect(trusted.list().map((e) => e.headline)).toEqual(['From the index']);
    // Closing writes the index back as it is in memory; the stamp goes, so the next open reads the file.
    await trusted.close();
    const again = await firstRow();
    await again.write({ ...again.row, stamp: null });
    const reread = await ArticleStore.open(dir);
    expect(reread.list().map((e) => e.headline)).toEqual(['From the file']);
    await reread.close();
  });

  it('reads an index written by the previous version (entries as objects, stamps in them or in a files map)', async () => {
    await libraryWith('From the file');
    const { row } = await firstRow();
    const [size, mtimeMs, ctimeMs, ino] = (row.stamp as string).split(':').map(Number);
    const { stamp, ...entry } = row;
    for (const legacy of [
      { indexVersion: 1, entries: [{ ...entry, headline: 'From the old index', stamp }] },
      {
        indexVersion: 1,
        entries: [{ ...entry, headline: 'From the old index' }],
        files: { [entry.id as string]: { size, mtimeMs, ctimeMs, ino } },
      },
    ]) {
      await writeFile(indexPath(), JSON.stringify(legacy, null, 2));
      const again = await ArticleStore.open(dir);
      // Trusted by its stamp (not read again from the file), then written back as rows.
      expect(again.list().map((e) => e.headline)).toEqual(['From the old index']);
      await again.close();
      expect((await firstRow()).row.headline).toBe('From the old index');
    }
  });
});
