import type * as Y from 'yjs';
import type { Article } from '../article/schema';

/**
 * The desk index: one shared document listing every article on the desk, so every client learns of new,
 * moved, trashed and restored articles without opening each one. An entry is a plain value under the
 * article's id (last writer wins per article: an entry is a summary, the article doc holds the copy).
 */
export const INDEX_DOCUMENT = 'desk:index';
export const INDEX_ROOT = 'articles';
export const articleDocument = (id: string): string => `article:${id}`;
export const ARTICLE_DOCUMENT = /^article:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export interface IndexEntry {
  headline: string;
  status: string;
  section: string;
  trashed: boolean;
  /** Desk user who last changed the entry (who trashed it, for the "trashed elsewhere" flag). */
  by: string;
  updatedAt: string;
}

export const indexMap = (doc: Y.Doc): Y.Map<IndexEntry> => doc.getMap<IndexEntry>(INDEX_ROOT);

export function readIndex(doc: Y.Doc): Map<string, IndexEntry> {
  return new Map(indexMap(doc).entries());
}

/** Writes an entry when it differs from what the index holds (no update for a no-op). */
export function putEntry(doc: Y.Doc, id: string, entry: IndexEntry, origin: unknown = null): boolean {
  const map = indexMap(doc);
  const current = map.get(id);
  const same =
    current &&
    current.headline === entry.headline &&
    current.status === entry.status &&
    current.section === entry.section &&
    current.trashed === entry.trashed;
  if (same) return false;
  doc.transact(() => map.set(id, entry), origin);
  return true;
}

/** The index entry of an article shared from here. */
export function entryOf(article: Article, trashed: boolean): IndexEntry {
  return { headline: article.headline, status: article.status, section: article.section, trashed, by: '', updatedAt: article.updatedAt };
}
