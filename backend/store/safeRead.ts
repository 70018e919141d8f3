import { constants, type Stats } from 'node:fs';
import { lstat, open } from 'node:fs/promises';

/** The largest file the store reads: far above any article (a 20 MB import makes a file of a few MB). */
export const STORE_FILE_MAX_BYTES = 64 * 1024 * 1024;

/** A folder entry the store will not read, with the reason shown in quarantine. */
export class OddEntryError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    /** Set when the file is too large: its size as stat gave it (or at least what was read). */
    readonly tooLargeBytes?: number,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'OddEntryError';
  }
}

/** Why an entry of this type is not a file the store can read, or null for a regular file. */
export function oddTypeReason(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isSymbolicLink()) return 'It is a symbolic link; Copydesk never follows links out of the library folder.';
  if (stats.isDirectory()) return 'It is a folder where a file was expected.';
  if (stats.isFIFO()) return 'It is a named pipe (FIFO), not a file.';
  if (stats.isSocket()) return 'It is a socket, not a file.';
  return 'It is a device, not a file.';
}

/**
 * Reads a regular file and nothing else: no symlink is followed (O_NOFOLLOW), a FIFO or device is refused
 * without blocking (O_NONBLOCK, then fstat), and at most `maxBytes` are read whatever the size claims to
 * be. Throws OddEntryError for anything to quarantine or refuse, and the fs error (ENOENT…) otherwise.
 */
export async function readRegularFile(
  path: string,
  maxBytes = STORE_FILE_MAX_BYTES,
  options: { followLinks?: boolean } = {},
): Promise<Buffer> {
  let handle;
  try {
    // A file the user chose (an import) may be a link they made; files inside the library never are.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | (options.followLinks ? 0 : constants.O_NOFOLLOW));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK')
      throw new OddEntryError(path, 'It is a symbolic link; Copydesk never follows links out of the library folder.');
    if (code === 'EACCES' || code === 'EPERM') throw new OddEntryError(path, 'Copydesk is not allowed to read it (check its permissions).');
    if (code === 'ENXIO') throw new OddEntryError(path, 'It is a socket or device, not a file.');
    throw error;
  }
  try {
    const stats = await handle.stat();
    const odd = oddTypeReason(stats);
    if (odd) throw new OddEntryError(path, odd);
    if (stats.size > maxBytes)
      throw new OddEntryError(
        path,
        `It is ${(stats.size / 1048576).toFixed(1)} MB, more than the ${maxBytes / 1048576} MB Copydesk reads.`,
        stats.size,
      );
    // Read to the end, but never past the limit: a file that grows while read (or lies) is cut off and refused.
    // The first read asks for the size stat gave and a byte more, so a file of any size usually takes two
    // reads (the second finds the end) and no copy; library.json at 10,000 articles took seven and a concat.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const wanted = chunks.length === 0 ? stats.size + 1 : 1024 * 1024;
      const chunk = Buffer.allocUnsafe(Math.min(wanted, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw new OddEntryError(path, `It is more than the ${maxBytes / 1048576} MB Copydesk reads.`, total);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new OddEntryError(path, 'It is a folder where a file was expected.');
    throw error;
  } finally {
    await handle.close();
  }
}

export async function readRegularText(path: string, maxBytes = STORE_FILE_MAX_BYTES): Promise<string> {
  return (await readRegularFile(path, maxBytes)).toString('utf8');
}

/** The entry's own type without following it, or null when it is gone. */
export async function entryStats(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
