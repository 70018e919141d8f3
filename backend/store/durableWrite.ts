import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { closeFile, createFile, fsyncDirectory, renamePath, syncFile, unlinkPath, writeAll } from './fsLayer';

export { fsyncDirectory } from './fsLayer';

/**
 * Thrown when the new bytes are already in place but the folder's fsync failed: the file is updated,
 * only its durability is in doubt. Callers must treat the write as done (keep their index in step).
 */
export class WrittenButNotSyncedError extends Error {
  constructor(
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`${path} was written, but the disk did not confirm it: ${(cause as Error).message}`);
    this.name = 'WrittenButNotSyncedError';
  }
}

/**
 * Replaces a file so that a crash at any moment leaves either the old bytes or the new ones, never a
 * torn mix: write a temp file beside it, fsync it, rename it over the target, then fsync the directory
 * so the rename itself survives a power cut. steno (lowdb's writer) renames but never fsyncs.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array, mode?: number): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await createFile(temp, 'w', mode);
  try {
    await writeAll(handle, temp, data);
    await syncFile(handle, temp);
    await closeFile(handle, temp);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlinkPath(temp).catch(() => undefined);
    throw error;
  }
  try {
    await renamePath(temp, path);
  } catch (error) {
    await unlinkPath(temp).catch(() => undefined);
    throw error;
  }
  try {
    await fsyncDirectory(dir);
  } catch (error) {
    throw new WrittenButNotSyncedError(path, error);
  }
}

/** Temp files left by a crash mid-write carry this shape; they are safe to remove at the next open. */
export function isTempFileName(name: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);
}
