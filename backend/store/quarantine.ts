import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fsyncDirectory } from './durableWrite';

export interface QuarantinedFile {
  /** The file's name inside quarantine/. */
  file: string;
  /** Where it was found. */
  originalPath: string;
  reason: string;
  quarantinedAt: string;
}

/**
 * Moves a file the store cannot read out of the way, with a reason file beside it. The library then
 * loads without it, and the user can inspect it; nothing is deleted.
 */
export async function quarantineFile(quarantineDir: string, path: string, reason: string, now: Date): Promise<QuarantinedFile> {
  await mkdir(quarantineDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = `${stamp}-${basename(path)}`;
  const record: QuarantinedFile = { file, originalPath: path, reason, quarantinedAt: now.toISOString() };
  await writeFile(join(quarantineDir, `${file}.reason.json`), JSON.stringify(record, null, 2));
  await rename(path, join(quarantineDir, file));
  await fsyncDirectory(quarantineDir);
  return record;
}

export async function listQuarantine(quarantineDir: string): Promise<QuarantinedFile[]> {
  let names: string[];
  try {
    names = await readdir(quarantineDir);
  } catch {
    return [];
  }
  const records: QuarantinedFile[] = [];
  for (const name of names.filter((n) => n.endsWith('.reason.json'))) {
    try {
      records.push(JSON.parse(await readFile(join(quarantineDir, name), 'utf8')) as QuarantinedFile);
    } catch {
      records.push({
        file: name.replace(/\.reason\.json$/, ''),
        originalPath: '',
        reason: 'Unknown (the reason file is unreadable).',
        quarantinedAt: '',
      });
    }
  }
  return records.sort((a, b) => b.quarantinedAt.localeCompare(a.quarantinedAt));
}
