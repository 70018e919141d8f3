import { mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CopydeskError } from '../../core/errors';
import { writeFileDurably } from '../store/durableWrite';
import { createBackup, extractBackup, verifyBackup } from './backupArchive';

export const BACKUP_MAX_BYTES = 4 * 1024 * 1024 * 1024;

const stamp = (now: Date) => now.toISOString().slice(0, 16).replace('T', ' ').replace(':', '');

/** "Copydesk backup 2026-11-28 0412.zip", written atomically into the chosen folder. */
export async function backUpTo(dataDir: string, folder: string, appVersion: string, now: Date): Promise<{ path: string; files: number }> {
  const { zip, manifest } = await createBackup(dataDir, appVersion, now);
  const path = join(folder, `Copydesk backup ${stamp(now)}.zip`);
  await writeFileDurably(path, zip);
  return { path, files: manifest.files.length };
}

/**
 * Restores a backup as a fresh data dir, then swaps it in: the current library is kept beside it as
 * "<name>-before-restore-<time>", never overwritten. The caller closes the store first and reopens
 * it after, so no write can land in between.
 */
export async function restoreInto(dataDir: string, backupFile: string, now: Date): Promise<{ previous: string; files: number }> {
  if ((await stat(backupFile)).size > BACKUP_MAX_BYTES)
    throw new CopydeskError('invalid_backup', `${basename(backupFile)} is larger than any Copydesk backup could be.`);
  const { files } = verifyBackup(await readFile(backupFile));
  const staging = await mkdtemp(join(dirname(dataDir), `${basename(dataDir)}-restoring-`));
  try {
    await extractBackup(files, staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = `${dataDir}-before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  // A first restore onto a machine with no library yet has nothing to keep aside.
  const hadLibrary = await rename(dataDir, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await rename(staging, dataDir);
  if (!hadLibrary) return { previous: '', files: files.size };
  return { previous, files: files.size };
}
