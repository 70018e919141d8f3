import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CopydeskError } from '../../core/errors';
import { uniqueFileName } from '../../formats/fileName';
import { writeFileDurably } from '../store/durableWrite';

import type { OnExists } from '../../core/export/exportJob';

/**
 * Writes one export file: to a temp name in the same folder, fsynced, then renamed into place, so a
 * failure (full disk, pulled USB stick) leaves no half-written file behind.
 */
export async function writeExportFile(
  folder: string,
  base: string,
  extension: string,
  data: string | Uint8Array,
  onExists: OnExists,
): Promise<string> {
  try {
    const existing = onExists === 'keep-both' ? new Set(await readdir(folder)) : new Set<string>();
    const name = onExists === 'keep-both' ? uniqueFileName(base, extension, (n) => existing.has(n)) : `${base}.${extension}`;
    const path = join(folder, name);
    await writeFileDurably(path, data);
    return path;
  } catch (error) {
    throw describeWriteError(error, `${base}.${extension}`, folder);
  }
}

/** Turns an fs error into a message that names the file, the cause and what to do. */
export function describeWriteError(error: unknown, fileName: string, folder: string): CopydeskError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EACCES: `the folder ${folder} is not writable. Choose another folder or change its permissions.`,
    EPERM: `the folder ${folder} is not writable. Choose another folder or change its permissions.`,
    EROFS: `the folder ${folder} is on a read-only disk. Choose another folder.`,
    ENOSPC: 'the disk is full. Free some space and export again.',
    EDQUOT: 'your disk quota is used up. Free some space and export again.',
    ENAMETOOLONG: 'the file name is too long for this disk. Shorten the slug and export again.',
    ENOENT: `the folder ${folder} no longer exists. Choose the destination again.`,
    ENOTDIR: `${folder} is not a folder. Choose the destination again.`,
    EISDIR: `a folder named ${fileName} is in the way. Rename it or choose another destination.`,
  };
  const reason = (code && reasons[code]) ?? (error as Error).message;
  return new CopydeskError('export_failed', `${fileName} was not written: ${reason}`);
}

export async function folderExists(folder: string): Promise<boolean> {
  return access(folder).then(
    () => true,
    () => false,
  );
}
