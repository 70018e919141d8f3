import { mkdtemp, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CopydeskError } from '../../core/errors';
import { writeFileDurably, WrittenButNotSyncedError } from '../store/durableWrite';
import { changeMode, fsyncDirectory, renamePath, unlinkPath } from '../store/fsLayer';
import { LOCK_FILE, type LibraryLock } from '../store/libraryLock';
import { describeWriteFailure } from '../store/storeErrors';
import { createBackup } from './backupArchive';
import { assertRoomFor, extractVerified, readManifest } from './backupReader';

export { BACKUP_MAX_BYTES } from './backupReader';

const stamp = (now: Date) => now.toISOString().slice(0, 16).replace('T', ' ').replace(':', '');

/** "Copydesk backup 2026-11-28 0412.zip", written atomically into the chosen folder. */
export async function backUpTo(dataDir: string, folder: string, appVersion: string, now: Date): Promise<{ path: string; files: number }> {
  const { zip, manifest } = await createBackup(dataDir, appVersion, now);
  const path = join(folder, `Copydesk backup ${stamp(now)}.zip`);
  try {
    await writeFileDurably(path, zip);
  } catch (error) {
    throw describeWriteFailure(error, `write the backup to ${folder}`);
  }
  return { path, files: manifest.files.length };
}

/** Folders Copydesk cannot rename away: the data folder is a mount point, or on another disk than its parent. */
const CANNOT_SWAP = new Set(['EBUSY', 'EXDEV', 'EPERM', 'EACCES']);

/**
 * Restores a backup as a fresh data dir, then swaps it in: the current library is kept beside it as
 * "<name>-before-restore-<time>", never overwritten. Every file is checked against the manifest while
 * it streams (see backupReader) and written with the durable writer; the new folder gets the old one's
 * mode. `lock` is the caller's library lock, held from start to finish: a copy of it is written into
 * the new folder before the swap, so the restored library is locked the moment it appears, and the
 * caller releases it (or reopens the store with it) after.
 */
export async function restoreInto(
  dataDir: string,
  backupFile: string,
  now: Date,
  lock: LibraryLock | null = null,
): Promise<{ previous: string; files: number }> {
  await stat(backupFile).catch(() => {
    throw new CopydeskError('not_found', `${basename(backupFile)} is not there any more. Choose the backup again.`);
  });
  const { wanted } = await readManifest(backupFile);
  const parent = dirname(dataDir);
  await assertRoomFor(
    parent,
    [...wanted.values()].reduce((sum, f) => sum + f.bytes, 0),
  );
  const mode = await stat(dataDir).then(
    (s) => s.mode & 0o7777,
    () => 0o777 & ~process.umask(),
  );
  const staging = await mkdtemp(join(parent, `${basename(dataDir)}-restoring-`));
  let files: number;
  try {
    await changeMode(staging, mode);
    files = await extractVerified(backupFile, wanted, staging);
    if (lock) await writeFileDurably(join(staging, LOCK_FILE), lock.text);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw describeWriteFailure(error, 'restore the backup');
  }
  const previous = `${dataDir}-before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  // A first restore onto a machine with no library yet has nothing to keep aside.
  let hadLibrary = true;
  try {
    await renamePath(dataDir, previous);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') hadLibrary = false;
    else {
      await rm(staging, { recursive: true, force: true });
      if (CANNOT_SWAP.has(code)) {
        throw new CopydeskError(
          'restore_failed',
          `Copydesk could not set ${dataDir} aside (${code}): it is a mount point, or Copydesk may not rename it. Nothing was changed. Restore into a folder inside it instead (for example ${join(dataDir, 'library')}, with --data-dir), or unmount it first.`,
        );
      }
      throw describeWriteFailure(error, 'restore the backup');
    }
  }
  try {
    await renamePath(staging, dataDir);
  } catch (error) {
    if (hadLibrary) await renamePath(previous, dataDir);
    await rm(staging, { recursive: true, force: true });
    throw describeWriteFailure(error, 'restore the backup');
  }
  // The kept-aside library is neither locked nor open any more: it can be opened, or restored from.
  if (hadLibrary) for (const name of [LOCK_FILE, 'library.open']) await unlinkPath(join(previous, name)).catch(() => undefined);
  try {
    await fsyncDirectory(parent);
  } catch (error) {
    // The backup is restored; only the disk's confirmation is missing.
    throw describeWriteFailure(new WrittenButNotSyncedError(dataDir, error), 'confirm the restore on disk');
  }
  return { previous: hadLibrary ? previous : '', files };
}
