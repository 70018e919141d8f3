import { dirname } from 'node:path';
import type { IndexEntry } from '../../core/library/indexEntry';
import type { DataDirLayout } from './dataDirLayout';
import { WrittenButNotSyncedError } from './durableWrite';
import { fsyncDirectory, renamePath, unlinkPath } from './fsLayer';
import type { LibraryIndex } from './libraryIndex';
import type { ArticleHistory } from './revisions/articleHistory';
import { requireEntry } from './entryRules';
import { stampOf } from './scanArticles';

/**
 * The trash: an article's file moves between articles/ and trash/ and its index entry follows.
 * Each runs inside the store's queue (ArticleStore.change), which names a failure for the user.
 */

export async function moveToTrash(layout: DataDirLayout, index: LibraryIndex, id: string, now: Date): Promise<IndexEntry> {
  const entry = requireEntry(index, id, 'live');
  const next = { ...entry, trashedAt: now.toISOString() };
  await move(index, layout.articleFile(id), layout.trashFile(id), next);
  return next;
}

export async function moveOutOfTrash(layout: DataDirLayout, index: LibraryIndex, id: string): Promise<IndexEntry> {
  const entry = requireEntry(index, id, 'trash');
  const next = { ...entry, trashedAt: null };
  await move(index, layout.trashFile(id), layout.articleFile(id), next);
  return next;
}

/** Only a trashed article can be deleted for ever, with its history; the UI confirms first. */
export async function deleteTrashed(layout: DataDirLayout, index: LibraryIndex, history: ArticleHistory, id: string): Promise<void> {
  requireEntry(index, id, 'trash');
  await unlinkPath(layout.trashFile(id));
  index.remove(id);
  await fsyncDirectory(layout.trash);
  await history.revisions.removeAll(id);
}

/** The rename is the commit point: once it is done, the index follows even if a folder's fsync fails. */
async function move(index: LibraryIndex, from: string, to: string, next: IndexEntry): Promise<void> {
  await renamePath(from, to);
  index.put(next, await stampOf(to));
  try {
    await fsyncDirectory(dirname(from));
    await fsyncDirectory(dirname(to));
  } catch (error) {
    throw new WrittenButNotSyncedError(to, error);
  }
}
