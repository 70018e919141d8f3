import { createHash, type Hash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, statfs } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { writeFileDurably } from '../store/durableWrite';
import { fsyncDirectory, makeDir } from '../store/fsLayer';
import { invalidBackup, MANIFEST, MANIFEST_MAX_BYTES, parseManifest, type BackupManifest } from './backupManifest';
import { isLeftOut, libraryFileLimit, shownPath } from './backupPaths';

/** Compressed input is fed in small pieces: deflate expands at most about 1,032 times, so one push yields at most ~16 MB. */
const INPUT_CHUNK = 16 * 1024;
export const BACKUP_MAX_BYTES = 4 * 1024 * 1024 * 1024;

/** Feeds the zip file through fflate's streaming reader; `drain` runs between pushes (async work the sync callbacks queued). */
async function streamZip(file: string, onfile: (f: UnzipFile) => void, drain: () => Promise<void>): Promise<void> {
  // A FIFO or device is refused without blocking; only a regular file is a backup.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw invalidBackup('That is not a file, so it cannot be a Copydesk backup.');
    if (stats.size > BACKUP_MAX_BYTES) throw invalidBackup('This file is larger than any Copydesk backup could be.');
    const unzip = new Unzip(onfile);
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    const push = (chunk: Uint8Array, final: boolean) => {
      try {
        unzip.push(chunk, final);
      } catch {
        throw invalidBackup('This file is not a Copydesk backup (it is not a readable zip archive).');
      }
    };
    const buffer = Buffer.allocUnsafe(INPUT_CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, INPUT_CHUNK, null);
      if (bytesRead === 0) break;
      push(Uint8Array.from(buffer.subarray(0, bytesRead)), false);
      await drain();
    }
    push(new Uint8Array(0), true);
    await drain();
  } finally {
    await handle.close();
  }
}

/**
 * First pass: every entry's name (none is inflated) and the manifest (inflated up to its cap). Refuses
 * duplicate names, entries the manifest does not list, listed files a library does not have, and sizes
 * beyond what such a file can hold, before a byte is written anywhere.
 */
export async function readManifest(
  file: string,
): Promise<{ manifest: BackupManifest; wanted: Map<string, BackupManifest['files'][number]> }> {
  const names = new Set<string>();
  let duplicate: string | null = null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let problem: Error | null = null;
  await streamZip(
    file,
    (entry) => {
      if (names.has(entry.name)) duplicate = entry.name;
      names.add(entry.name);
      if (entry.name !== MANIFEST) return;
      entry.ondata = (error, chunk) => {
        if (error) problem = invalidBackup('The backup’s manifest cannot be unpacked: the backup is damaged, and nothing was restored.');
        total += chunk?.length ?? 0;
        if (total > MANIFEST_MAX_BYTES) {
          problem = invalidBackup('The backup’s manifest is far larger than any Copydesk manifest; nothing was restored.');
          entry.terminate();
        } else if (chunk) chunks.push(chunk);
      };
      entry.start();
    },
    async () => {
      if (problem) throw problem;
    },
  );
  if (!names.has(MANIFEST)) throw invalidBackup('This file has no Copydesk manifest, so it is not a Copydesk backup.');
  if (duplicate !== null)
    throw invalidBackup(`The backup holds ${shownPath(duplicate)} twice; it cannot be trusted, and nothing was restored.`);
  const manifest = parseManifest(Buffer.concat(chunks).toString('utf8'));
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  if (listed.size !== manifest.files.length)
    throw invalidBackup('The backup’s manifest lists one file twice; it cannot be trusted, and nothing was restored.');
  for (const name of names) {
    if (name !== MANIFEST && !listed.has(name))
      throw invalidBackup(
        `The backup holds ${shownPath(name)}, which its manifest does not list; it cannot be trusted, and nothing was restored.`,
      );
  }
  const wanted = new Map<string, BackupManifest['files'][number]>();
  for (const entry of manifest.files) {
    if (!names.has(entry.path))
      throw invalidBackup(`The backup is missing ${shownPath(entry.path)}, which its manifest lists; nothing was restored.`);
    if (isLeftOut(entry.path)) continue;
    const limit = libraryFileLimit(entry.path);
    if (limit === null)
      throw invalidBackup(
        `The backup lists ${shownPath(entry.path)}, which is not a file a Copydesk library has; it was not made by Copydesk, and nothing was restored.`,
      );
    if (entry.bytes > limit)
      throw invalidBackup(
        `The backup says ${shownPath(entry.path)} holds ${entry.bytes} bytes, more than such a file can; nothing was restored.`,
      );
    wanted.set(entry.path, entry);
  }
  return { manifest, wanted };
}

/** Refuses a restore that cannot fit, rather than filling the disk half-way. */
export async function assertRoomFor(folder: string, bytes: number): Promise<void> {
  const fs = await statfs(folder).catch(() => null);
  if (fs && fs.bavail * fs.bsize < bytes) {
    const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
    throw invalidBackup(
      `The disk is too full to restore this backup: it needs ${mb(bytes)} and ${mb(fs.bavail * fs.bsize)} are free. Free space, then try again; nothing was changed.`,
    );
  }
}

/**
 * Second pass: inflates only the wanted entries, each stopped at its listed size, hashed as it streams,
 * and written with the durable writer into `target` once it matches. Memory stays bounded by one input
 * piece's output and one entry's listed size.
 */
export async function extractVerified(file: string, wanted: Map<string, BackupManifest['files'][number]>, target: string): Promise<number> {
  const ready: Array<{ path: string; bytes: Buffer }> = [];
  const folders = new Set<string>();
  let problem: Error | null = null;
  let written = 0;
  const damaged = (path: string) =>
    invalidBackup(`${shownPath(path)} in the backup does not match its checksum: the backup is damaged, and nothing was restored.`);
  await streamZip(
    file,
    (entry) => {
      const expected = wanted.get(entry.name);
      if (!expected) return; // left out; never inflated
      const hash: Hash = createHash('sha256');
      const chunks: Uint8Array[] = [];
      let total = 0;
      entry.ondata = (error, chunk, final) => {
        if (problem) return;
        if (error) return void (problem = damaged(entry.name));
        total += chunk.length;
        if (total > expected.bytes) {
          entry.terminate();
          problem = invalidBackup(
            `${shownPath(entry.name)} in the backup unpacks to more than the ${expected.bytes} bytes its manifest lists: the backup is damaged or crafted, and nothing was restored.`,
          );
          return;
        }
        hash.update(chunk);
        chunks.push(chunk);
        if (!final) return;
        if (total !== expected.bytes || hash.digest('hex') !== expected.sha256) problem = damaged(entry.name);
        else ready.push({ path: entry.name, bytes: Buffer.concat(chunks, total) });
      };
      entry.start();
    },
    async () => {
      if (problem) throw problem;
      for (const { path, bytes } of ready.splice(0)) {
        const to = join(target, path);
        if ((await makeDir(dirname(to))) !== undefined) folders.add(dirname(to));
        await writeFileDurably(to, bytes);
        written += 1;
      }
    },
  );
  if (written !== wanted.size)
    throw invalidBackup(`The backup ends before all its files: ${wanted.size - written} are missing or cut off. Nothing was restored.`);
  // New folders' own entries reach the disk too: deepest first, then their parents.
  const all = new Set<string>([target]);
  for (const folder of folders) for (let f = folder; f.startsWith(target) && f !== target; f = dirname(f)) all.add(f);
  for (const folder of [...all].sort((a, b) => b.length - a.length)) await fsyncDirectory(folder);
  return written;
}
