import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durableWrite';
import { decodeIndexSteps, encodeIndexSteps } from './indexCodec';
import { InvertedIndex } from './invertedIndex';
import { runSliced } from './timeSlice';

/** Lives next to library.json; like it, a cache that can always be rebuilt from articles/. */
export const SEARCH_INDEX_FILE = 'search-index.json';
export const searchIndexPath = (dataDir: string): string => join(dataDir, SEARCH_INDEX_FILE);

export type LoadedIndex = { ok: true; index: InvertedIndex; fingerprint: string } | { ok: false; reason: string };

/** Reads a persisted index; a missing, corrupt or older-version file is reported, never thrown. */
export async function loadIndexFile(path: string): Promise<LoadedIndex> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : `unreadable (${(error as Error).message})` };
  }
  try {
    const parts = await runSliced(decodeIndexSteps(JSON.parse(text)));
    return { ok: true, index: InvertedIndex.fromParts(parts), fingerprint: parts.fingerprint };
  } catch (error) {
    return { ok: false, reason: `corrupt (${(error as Error).message})` };
  }
}

/**
 * Snapshots the index in slices (so saves keep flowing), encodes it and writes it atomically and
 * durably: a crash leaves the previous file or this one, and either is checked at the next load.
 */
export async function saveIndexFile(path: string, index: InvertedIndex): Promise<{ bytes: number }> {
  const parts = await runSliced(index.partsSteps());
  const json = await runSliced(encodeIndexSteps(parts));
  await writeFileDurably(path, json);
  return { bytes: Buffer.byteLength(json) };
}
