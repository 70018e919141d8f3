import type { IndexEntry } from '../../core/library/indexEntry';
import type { LibraryIndex } from './libraryIndex';
import { notFound, StoreError } from './storeErrors';

/** The article's index entry, refused with the user's words when it is missing or on the wrong side of the trash. */
export function requireEntry(index: LibraryIndex, id: string, where: 'live' | 'trash', inTrash = 'is already in the trash.'): IndexEntry {
  const entry = index.get(id);
  if (!entry) throw notFound(id);
  if (where === 'live' && entry.trashedAt !== null) throw new StoreError('in_trash', `"${entry.headline || 'Untitled'}" ${inTrash}`);
  if (where === 'trash' && entry.trashedAt === null)
    throw new StoreError('not_in_trash', `"${entry.headline || 'Untitled'}" is not in the trash.`);
  return entry;
}

/** updatedAt must move forward even when two saves land in the same millisecond. */
export function nextStamp(now: Date, previous: string): string {
  return new Date(Math.max(now.getTime(), Date.parse(previous) + 1)).toISOString();
}
