import { access } from 'node:fs/promises';
import type { DataDirLayout } from './dataDirLayout';
import { writeFileDurably } from './durableWrite';
import { makeDir } from './fsLayer';
import { acquireLibraryLock, type AcquireOptions, type LibraryLock, type LockOwner } from './libraryLock';
import { CANNOT_WRITE_CODES, errnoOf } from './storeErrors';

export interface OpenedDataDir {
  lock: LibraryLock | null;
  /** The open marker was there: the last session did not close cleanly, so the index is rebuilt. */
  crashed: boolean;
  /** The error that showed the disk takes no writes (full, read-only, not permitted), or null. */
  cannotWrite: unknown;
}

/**
 * The steps before the store reads anything: folders, lock, crash check, open marker. Writing the open
 * marker is the probe: on a full or read-only disk every write step is skipped and the store opens
 * read-only, so listing and exporting still work. A disk that takes no writes cannot hold a lock either,
 * and needs none: nobody can write there. Any other error is thrown.
 */
export async function openDataDir(
  layout: DataDirLayout,
  options: { lock?: LockOwner | false; lockWait?: AcquireOptions; heldLock?: LibraryLock | null },
): Promise<OpenedDataDir> {
  let cannotWrite: unknown = null;
  const note = (error: unknown) => {
    if (!CANNOT_WRITE_CODES.has(errnoOf(error) ?? '')) throw error;
    cannotWrite ??= error;
  };
  await makeDir(layout.root).catch(note);
  // The lock comes first: the crash check below must not mistake a live writer's open marker for a crash.
  let lock: LibraryLock | null = options.heldLock ?? null;
  if (!lock && options.lock && cannotWrite === null)
    lock = await acquireLibraryLock(layout.root, options.lock, options.lockWait).catch((error: unknown) => (note(error), null));
  try {
    if (cannotWrite === null)
      for (const dir of [layout.articles, layout.trash, layout.quarantine, layout.assets, layout.revisions]) await makeDir(dir).catch(note);
    const crashed = await access(layout.openMarker).then(
      () => true,
      () => false,
    );
    if (cannotWrite === null) await writeFileDurably(layout.openMarker, String(process.pid)).catch(note);
    return { lock, crashed, cannotWrite };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
