import { z } from 'zod';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../core/article/schema';
import type { IndexEntry } from '../../core/library/indexEntry';
import { stampKey, type FileStamp } from './scanArticles';

/** The version library.json is written in; an index of any other version is rebuilt from the article files. */
export const INDEX_VERSION = 1;

/** An index entry as written: the entry plus its file's stamp (an older Copydesk's zod strips `stamp`). */
export type StoredEntry = IndexEntry & { stamp?: FileStamp };

export interface IndexFile {
  indexVersion: typeof INDEX_VERSION;
  entries: StoredEntry[];
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
  const file = raw as { indexVersion?: unknown; entries?: unknown; files?: unknown };
  if (file.indexVersion !== INDEX_VERSION || !Array.isArray(file.entries)) return null;
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

/** One entry checked field by field, copied into a fresh object; null when it is not an index entry. */
export function indexEntryOrNull(value: unknown): IndexEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const e = value as Record<keyof IndexEntry, unknown>;
  if (!isString(e.id) || !UUID.test(e.id)) return null;
  if (!isString(e.slug) || !isString(e.headline) || !isString(e.section) || !isString(e.byline)) return null;
  if (!isString(e.status) || !STATUSES.has(e.status)) return null;
  if (!Array.isArray(e.tags) || !e.tags.every(isString)) return null;
  if (typeof e.words !== 'number' || !Number.isSafeInteger(e.words) || e.words < 0) return null;
  if (!isString(e.createdAt) || !isString(e.updatedAt)) return null;
  if (!isStringOrNull(e.publishedAt) || !isStringOrNull(e.trashedAt)) return null;
  return {
    id: e.id,
    slug: e.slug,
    headline: e.headline,
    section: e.section,
    status: e.status as ArticleStatus,
    tags: e.tags as string[],
    byline: e.byline,
    words: e.words,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    publishedAt: e.publishedAt,
    trashedAt: e.trashedAt,
  };
}

function legacyStampKey(value: unknown): FileStamp | null {
  const s = value as { size?: unknown; mtimeMs?: unknown; ctimeMs?: unknown; ino?: unknown } | null;
  if (typeof s !== 'object' || s === null) return null;
  const { size, mtimeMs, ctimeMs, ino } = s;
  if (typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof ctimeMs !== 'number' || typeof ino !== 'number') return null;
  return stampKey(size, mtimeMs, ctimeMs, ino);
}
