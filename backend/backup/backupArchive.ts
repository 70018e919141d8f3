import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { CopydeskError } from '../../core/errors';
import { isTempFileName } from '../store/durableWrite';

export const MANIFEST = 'copydesk-backup.json';

const ManifestSchema = z.object({
  format: z.literal('copydesk-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  files: z.array(z.object({ path: z.string(), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

/** Folders of a data dir that belong in a backup; lock and open markers do not. */
const INCLUDED = ['articles', 'trash', 'revisions', 'assets', 'quarantine'];
const INCLUDED_FILES = ['library.json', 'preferences.json', 'settings.json'];

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
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)));
    else if (entry.isFile() && !isTempFileName(entry.name)) files.push(path);
  }
  return files;
}

/** Packs a data dir into one zip with a manifest of every file's size and SHA-256. */
export async function createBackup(dataDir: string, appVersion: string, now: Date): Promise<{ zip: Uint8Array; manifest: BackupManifest }> {
  const paths = [...INCLUDED_FILES, ...(await Promise.all(INCLUDED.map((d) => listFiles(dataDir, d)))).flat()];
  const entries: Zippable = {};
  const files: BackupManifest['files'] = [];
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(dataDir, path));
    } catch {
      continue; // optional top-level files
    }
    entries[path] = bytes;
    files.push({ path, bytes: bytes.length, sha256: sha256(bytes) });
  }
  const manifest: BackupManifest = { format: 'copydesk-backup', version: 1, createdAt: now.toISOString(), appVersion, files };
  entries[MANIFEST] = strToU8(JSON.stringify(manifest, null, 2));
  return { zip: zipSync(entries, { level: 6 }), manifest };
}

/**
 * Checks a backup before anything is restored: it must be a zip with our manifest, every listed file
 * must be present with its size and checksum, and no path may escape the target folder.
 */
export function verifyBackup(zip: Uint8Array): { manifest: BackupManifest; files: Map<string, Uint8Array> } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    throw new CopydeskError('invalid_backup', 'This file is not a Copydesk backup (it is not a readable zip archive).');
  }
  const rawManifest = entries[MANIFEST];
  if (!rawManifest) throw new CopydeskError('invalid_backup', 'This zip has no Copydesk manifest, so it is not a Copydesk backup.');
  let manifest: BackupManifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(strFromU8(rawManifest)));
  } catch {
    throw new CopydeskError('invalid_backup', 'The backup’s manifest is damaged; the backup cannot be trusted.');
  }
  const files = new Map<string, Uint8Array>();
  for (const file of manifest.files) {
    if (!isSafeRelative(file.path))
      throw new CopydeskError('invalid_backup', `The backup lists an unsafe path (${file.path}); nothing was restored.`);
    const bytes = entries[file.path];
    if (!bytes) throw new CopydeskError('invalid_backup', `The backup is missing ${file.path}; nothing was restored.`);
    if (bytes.length !== file.bytes || sha256(bytes) !== file.sha256) {
      throw new CopydeskError(
        'invalid_backup',
        `${file.path} in the backup does not match its checksum: the backup is damaged, and nothing was restored.`,
      );
    }
    files.set(file.path, bytes);
  }
  return { manifest, files };
}

function isSafeRelative(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\') || /^[a-z]:/i.test(path)) return false;
  const normalised = normalize(path);
  return !normalised.startsWith('..') && !normalised.split(sep).includes('..');
}

/** Writes verified files into an empty folder. */
export async function extractBackup(files: Map<string, Uint8Array>, target: string): Promise<void> {
  for (const [path, bytes] of files) {
    const file = join(target, path);
    if (relative(target, file).startsWith('..')) continue;
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
}
