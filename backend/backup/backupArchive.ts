import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { readRegularFile } from '../store/safeRead';
import { BACKUP_FOLDERS, BACKUP_TOP_FILES, libraryFileLimit } from './backupPaths';
import type { BackupManifest } from './backupManifest';

export { MANIFEST } from './backupManifest';
import { MANIFEST } from './backupManifest';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    // Real folders and regular files only: a symlink is never followed, and no temp file or stray entry is packed.
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)));
    else if (entry.isFile() && libraryFileLimit(path) !== null) files.push(path);
  }
  return files;
}

/**
 * Packs a data dir into one zip with a manifest of every file's size and SHA-256. Only the files a
 * restore accepts are packed (see backupPaths): never the index, which restore rebuilds from the
 * articles, so a backup taken while the app is open cannot carry a stale one.
 */
export async function createBackup(dataDir: string, appVersion: string, now: Date): Promise<{ zip: Uint8Array; manifest: BackupManifest }> {
  const paths = [...BACKUP_TOP_FILES, ...(await Promise.all(BACKUP_FOLDERS.map((d) => listFiles(dataDir, d)))).flat()];
  const entries: Zippable = {};
  const files: BackupManifest['files'] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readRegularFile(join(dataDir, path), libraryFileLimit(path)!);
    } catch {
      continue; // optional top-level files; an entry that changed into something odd is left for the store to quarantine
    }
    entries[path] = bytes;
    files.push({ path, bytes: bytes.length, sha256: sha256(bytes) });
  }
  const manifest: BackupManifest = { format: 'copydesk-backup', version: 1, createdAt: now.toISOString(), appVersion, files };
  entries[MANIFEST] = strToU8(JSON.stringify(manifest, null, 2));
  return { zip: zipSync(entries, { level: 6 }), manifest };
}
