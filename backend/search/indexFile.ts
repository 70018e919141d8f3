import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durableWrite';
import { decodeIndex, encodeIndexSteps } from './indexCodec';
import { InvertedIndex } from './invertedIndex';
import { runSliced } from './timeSlice';

/** Lives next to library.json; like it, a cache that can always be rebuilt from articles/. */
export const SEARCH_INDEX_FILE = 'search-index.bin';
/** The base64-in-JSON file of index version 1; removed once a binary one replaces it. */
const LEGACY_INDEX_FILE = 'search-index.json';
export const searchIndexPath = (dataDir: string): string => join(dataDir, SEARCH_INDEX_FILE);

export type LoadedIndex = { ok: true; index: InvertedIndex; fingerprint: string } | { ok: false; reason: string };

/** Reads a persisted index; a missing, corrupt or older-version file is reported, never thrown. */
export async function loadIndexFile(path: string): Promise<LoadedIndex> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      ok: false,
      reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : `unreadable (${(error as Error).message})`,
    };
  }
  try {
    const parts = decodeIndex(bytes);
    return { ok: true, index: InvertedIndex.fromParts(parts), fingerprint: parts.fingerprint };
  } catch (error) {
    return { ok: false, reason: `corrupt (${(error as Error).message})` };
  }
}

/**
 * Snapshots the index in slices, encodes it and writes it atomically and durably: a crash leaves the
 * previous file or this one, and either is checked at the next load.
 */
export async function saveIndexFile(path: string, index: InvertedIndex): Promise<{ bytes: number }> {
  // The parts are encoded and dropped here, so the index's own posting lists are lent, not copied.
  const parts = await runSliced(index.partsSteps({ share: true }));
  const bytes = await runSliced(encodeIndexSteps(parts));
  await writeFileDurably(path, bytes);
  await rm(join(path, '..', LEGACY_INDEX_FILE), { force: true });
  return { bytes: bytes.length };
}
