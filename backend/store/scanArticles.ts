import { statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isTempFileName } from './durableWrite';
import { unlinkPath } from './fsLayer';
import { entryStats, oddTypeReason } from './safeRead';

/** An entry found where an article file belongs that is no regular file: quarantined, never read. */
export interface OddEntry {
  path: string;
  reason: string;
}

/**
 * Article ids present as regular files in a folder, and the entries named like articles that are not
 * regular files (folders, symlinks, FIFOs, devices). Leftovers of interrupted writes are cleared on the
 * way (best effort: a read-only disk keeps them). A missing folder is an empty one.
 */
export async function articleIdsIn(dir: string): Promise<{ ids: string[]; odd: OddEntry[] }> {
  const ids: string[] = [];
  const odd: OddEntry[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ids, odd };
    throw error;
  }
  for (const entry of entries) {
    // The path is joined only when needed: 10,000 path.join calls cost more than the readdir's types.
    if (isTempFileName(entry.name)) {
      await unlinkPath(join(dir, entry.name)).catch(() => undefined);
    } else if (entry.name.endsWith('.json')) {
      // readdir's type is free; only an unusual one costs an lstat to name it.
      if (entry.isFile()) ids.push(entry.name.slice(0, -'.json'.length));
      else {
        const path = join(dir, entry.name);
        const stats = await entryStats(path);
        if (stats) odd.push({ path, reason: oddTypeReason(stats) ?? 'It is not a regular file.' });
      }
    }
  }
  return { ids, odd };
}

/**
 * What the index remembers of a file, to notice a change made behind the app's back: its size, times and
 * inode as one string, "size:mtimeMs:ctimeMs:ino". Parsing 10,000 small objects of four long numbers was
 * half the time JSON.parse spent on library.json; a string costs next to nothing and compares in one step.
 */
export type FileStamp = string;

/** A number prints the shortest way that reads back as the same number, so equal stamps give equal strings. */
export function stampKey(size: number, mtimeMs: number, ctimeMs: number, ino: number): FileStamp {
  return `${size}:${mtimeMs}:${ctimeMs}:${ino}`;
}

export async function stampOf(path: string): Promise<FileStamp | null> {
  try {
    const s = await stat(path);
    return stampKey(s.size, s.mtimeMs, s.ctimeMs, s.ino);
  } catch {
    return null;
  }
}

/**
 * The same, synchronously: for the file a save has just written (its inode and times in the kernel's
 * cache), a few microseconds here cost less than the round trip through libuv's pool.
 */
export function stampNow(path: string): FileStamp | null {
  try {
    const s = statSync(path, { throwIfNoEntry: false });
    return s ? stampKey(s.size, s.mtimeMs, s.ctimeMs, s.ino) : null;
  } catch {
    return null;
  }
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | null): boolean {
  return a !== undefined && a === b;
}

/** ~4 ms of stats between yields: short enough for a window's frame, few enough yields to cost nothing. */
const STAT_SLICE = 1000;

/**
 * Stats every file, a slice at a time, yielding to the event loop between slices so a window stays
 * responsive while 10,000 files are checked. Each slice uses the synchronous stat: a few microseconds a
 * file, where a promise per file through libuv's pool costs several times that in scheduling alone.
 */
export async function stampsOf(paths: readonly string[]): Promise<(FileStamp | null)[]> {
  const stamps = new Array<FileStamp | null>(paths.length);
  for (let i = 0; i < paths.length; i += STAT_SLICE) {
    const end = Math.min(i + STAT_SLICE, paths.length);
    for (let j = i; j < end; j++) {
      const s = statSync(paths[j]!, { throwIfNoEntry: false });
      stamps[j] = s ? stampKey(s.size, s.mtimeMs, s.ctimeMs, s.ino) : null;
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return stamps;
}
