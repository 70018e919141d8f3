import { z } from 'zod';
import { ARTICLE_STATUSES } from '../../core/article/schema';
import type { IndexEntry } from '../../core/library/indexEntry';
import { stampKey, type FileStamp } from './scanArticles';

/**
 * The version library.json is written in. Version 2 holds each entry as a row of values in COLUMNS
 * order, version 1 as an object; both are read. Anything else is rebuilt from the article files (as an
 * older Copydesk does with version 2: it is a cache, so that costs one slower open).
 */
export const INDEX_VERSION = 2;

/**
 * Where each field of an entry sits in a row; its file's stamp comes last. Rows, not objects: parsing
 * 10,000 objects of twelve named fields was most of the open's JSON.parse, and the file is half the size.
 */
const COLUMN: Record<keyof IndexEntry, number> = {
  id: 0,
  slug: 1,
  headline: 2,
  section: 3,
  status: 4,
  tags: 5,
  byline: 6,
  words: 7,
  createdAt: 8,
  updatedAt: 9,
  publishedAt: 10,
  trashedAt: 11,
};
const STAMP_COLUMN = 12;
/** The row's columns by name, written into the file so a reader can tell a layout it does not know. */
export const COLUMNS: readonly string[] = [
  ...(Object.keys(COLUMN) as Array<keyof IndexEntry>).sort((a, b) => COLUMN[a] - COLUMN[b]),
  'stamp',
];

export type IndexRow = unknown[];

export interface IndexFile {
  indexVersion: typeof INDEX_VERSION;
  columns: readonly string[];
  rows: IndexRow[];
}

/** library.json's contents for these entries and stamps. */
export function indexFileOf(entries: Iterable<IndexEntry>, stampOf: (id: string) => FileStamp | undefined): IndexFile {
  const rows: IndexRow[] = [];
  for (const e of entries)
    rows.push([
      e.id,
      e.slug,
      e.headline,
      e.section,
      e.status,
      e.tags,
      e.byline,
      e.words,
      e.createdAt,
      e.updatedAt,
      e.publishedAt,
      e.trashedAt,
      stampOf(e.id) ?? null,
    ]);
  return { indexVersion: INDEX_VERSION, columns: COLUMNS, rows };
}

export interface LoadedIndex {
  entries: IndexEntry[];
  stamps: Map<string, FileStamp>;
}

// The same test zod's z.uuid() makes (IndexEntrySchema's id), taken from zod so the two cannot drift.
const UUID = z.regexes.uuid();
const STATUSES: ReadonlySet<string> = new Set(ARTICLE_STATUSES);

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/**
 * Checks library.json as parsed and returns its entries (each a fresh object with only the index's
 * fields, as zod would strip the rest) and the stamps stored with them, or null when anything is off so
 * the store rebuilds the index from the article files. It accepts exactly what `IndexEntrySchema` accepts
 * (indexFileShape.test.ts holds the two side by side): this runs at every open over 10,000 entries, where
 * zod cost two thirds of what JSON.parse itself did. Stamps (only of listed entries) are optional and
 * checked loosely: a bad one means "read that file again", never a rebuild. Stamps in the older `files` map (id to {size, mtimeMs, ctimeMs, ino}) are read
 * too, so the first open after an upgrade does not read every file again.
 */
export function loadedIndexOf(raw: unknown): LoadedIndex | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const file = raw as { indexVersion?: unknown; entries?: unknown; files?: unknown; columns?: unknown; rows?: unknown };
  if (file.indexVersion === INDEX_VERSION) return loadedRows(file.columns, file.rows);
  if (file.indexVersion !== 1 || !Array.isArray(file.entries)) return null;
  const entries: IndexEntry[] = new Array<IndexEntry>(file.entries.length);
  const stamps = new Map<string, FileStamp>();
  for (let i = 0; i < file.entries.length; i++) {
    const entry = indexEntryOrNull(file.entries[i]);
    if (entry === null) return null;
    entries[i] = entry;
    const stamp = (file.entries[i] as { stamp?: unknown }).stamp;
    if (typeof stamp === 'string') stamps.set(entry.id, stamp);
  }
  if (typeof file.files === 'object' && file.files !== null) {
    const ids = new Set(entries.map((entry) => entry.id));
    for (const [id, stamp] of Object.entries(file.files)) {
      const key = legacyStampKey(stamp);
      if (key !== null && ids.has(id) && !stamps.has(id)) stamps.set(id, key);
    }
  }
  return { entries, stamps };
}

/** Version 2's rows, each checked as an entry of version 1 is; null when the layout or any row is off. */
function loadedRows(columns: unknown, rows: unknown): LoadedIndex | null {
  if (!Array.isArray(columns) || columns.length !== COLUMNS.length || columns.some((name, i) => name !== COLUMNS[i])) return null;
  if (!Array.isArray(rows)) return null;
  const entries: IndexEntry[] = new Array<IndexEntry>(rows.length);
  const stamps = new Map<string, FileStamp>();
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || row.length !== COLUMNS.length) return null;
    const candidate = fieldsOf((key) => row[COLUMN[key]]);
    if (!isIndexEntry(candidate)) return null;
    entries[i] = candidate;
    const stamp: unknown = row[STAMP_COLUMN];
    if (typeof stamp === 'string') stamps.set(candidate.id, stamp);
  }
  return { entries, stamps };
}

/** One entry checked field by field, copied into a fresh object; null when it is not an index entry. */
export function indexEntryOrNull(value: unknown): IndexEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const candidate = fieldsOf((key) => (value as Record<keyof IndexEntry, unknown>)[key]);
  return isIndexEntry(candidate) ? candidate : null;
}

/** A fresh object of exactly the entry's fields (as zod would strip the rest), each as `get` gives it, unchecked. */
function fieldsOf(get: (key: keyof IndexEntry) => unknown): Record<keyof IndexEntry, unknown> {
  return {
    id: get('id'),
    slug: get('slug'),
    headline: get('headline'),
    section: get('section'),
    status: get('status'),
    tags: get('tags'),
    byline: get('byline'),
    words: get('words'),
    createdAt: get('createdAt'),
    updatedAt: get('updatedAt'),
    publishedAt: get('publishedAt'),
    trashedAt: get('trashedAt'),
  };
}

/** The field checks themselves: exactly what IndexEntrySchema accepts (indexFileShape.test.ts compares them). */
function isIndexEntry(e: Record<keyof IndexEntry, unknown>): e is IndexEntry {
  if (!isString(e.id) || !UUID.test(e.id)) return false;
  if (!isString(e.slug) || !isString(e.headline) || !isString(e.section) || !isString(e.byline)) return false;
  if (!isString(e.status) || !STATUSES.has(e.status)) return false;
  if (!Array.isArray(e.tags) || !e.tags.every(isString)) return false;
  if (typeof e.words !== 'number' || !Number.isSafeInteger(e.words) || e.words < 0) return false;
  if (!isString(e.createdAt) || !isString(e.updatedAt)) return false;
  return isStringOrNull(e.publishedAt) && isStringOrNull(e.trashedAt);
}

function legacyStampKey(value: unknown): FileStamp | null {
  const s = value as { size?: unknown; mtimeMs?: unknown; ctimeMs?: unknown; ino?: unknown } | null;
  if (typeof s !== 'object' || s === null) return null;
  const { size, mtimeMs, ctimeMs, ino } = s;
  if (typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof ctimeMs !== 'number' || typeof ino !== 'number') return null;
  return stampKey(size, mtimeMs, ctimeMs, ino);
}
