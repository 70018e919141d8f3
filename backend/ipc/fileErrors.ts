import { CopydeskError } from '../../core/errors';

/**
 * What a file or folder chosen in a native dialog can turn out to be by the time it is used: gone (a
 * removable drive, a folder deleted meanwhile), not a folder, a folder, not allowed, full. Each becomes
 * a message naming the path and what to do, instead of an `internal` error; anything else stays a bug.
 */
const MESSAGES: Record<string, (path: string) => string> = {
  ENOENT: (path) => `“${path}” is not there any more. Check the drive is connected, then choose it again.`,
  ENOTDIR: (path) => `“${path}” is not a folder. Choose a folder.`,
  EISDIR: (path) => `“${path}” is a folder. Choose a file.`,
  EACCES: (path) => `Copydesk is not allowed to use “${path}”. Choose another place, or change its permissions.`,
  EPERM: (path) => `Copydesk is not allowed to use “${path}”. Choose another place, or change its permissions.`,
  EROFS: (path) => `“${path}” is on a read-only disk. Choose another place.`,
  ENOSPC: (path) => `The disk holding “${path}” is full. Free some space, or choose another place.`,
};

/** Runs `action` on a path the user chose; file-system refusals come back as messages for the user. */
export async function onChosenPath<T>(path: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const describe = MESSAGES[(error as NodeJS.ErrnoException | null)?.code ?? ''];
    if (describe) throw new CopydeskError('file_unavailable', describe(path));
    throw error;
  }
}
