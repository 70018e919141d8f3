import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { writeFileDurably } from './durableWrite';
import { fsyncDirectory, makeDir, renamePath } from './fsLayer';
import { readRegularText } from './safeRead';

export interface QuarantinedFile {
  /** The file's name inside quarantine/. */
  file: string;
  /** Where it was found. */
  originalPath: string;
  reason: string;
  quarantinedAt: string;
  /** True when the entry could not be moved (a read-only folder): it stays where it was, left out of the library. */
  leftInPlace?: boolean;
}

const REASON_SUFFIX = '.reason.json';
const REASON_MAX_BYTES = 64 * 1024;

/**
 * Moves an entry the store cannot read out of the way, with a reason file beside it. The library then
 * loads without it, and the user can inspect it; nothing is deleted. A rename never follows a symlink
 * nor opens a FIFO, so any kind of entry can be moved. When it cannot be moved, the reason is still
 * recorded (if the quarantine folder takes writes) and the caller leaves the entry out.
 */
export async function quarantineFile(quarantineDir: string, path: string, reason: string, now: Date): Promise<QuarantinedFile> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const file = `${stamp}-${basename(path)}`;
  const record: QuarantinedFile = { file, originalPath: path, reason, quarantinedAt: now.toISOString() };
  try {
    await makeDir(quarantineDir);
    await renamePath(path, join(quarantineDir, file));
    await fsyncDirectory(quarantineDir);
  } catch {
    record.leftInPlace = true;
  }
  // The reason is a help, not a condition: a full disk must not stop the rest of the library from opening.
  await writeFileDurably(join(quarantineDir, `${file}${REASON_SUFFIX}`), JSON.stringify(record, null, 2)).catch(() => undefined);
  return record;
}

/**
 * The quarantine as recorded. A record's `file` is always the reason file's own name without its
 * suffix, never what the record says: a crafted record cannot point outside the quarantine folder.
 */
export async function listQuarantine(quarantineDir: string): Promise<QuarantinedFile[]> {
  let names: string[];
  try {
    names = await readdir(quarantineDir);
  } catch {
    return [];
  }
  const records: QuarantinedFile[] = [];
  for (const name of names.filter((n) => n.endsWith(REASON_SUFFIX))) {
    const file = name.slice(0, -REASON_SUFFIX.length);
    try {
      const raw = JSON.parse(await readRegularText(join(quarantineDir, name), REASON_MAX_BYTES)) as Partial<
        Record<keyof QuarantinedFile, unknown>
      >;
      const text = (value: unknown) => (typeof value === 'string' ? value : '');
      records.push({
        file,
        originalPath: text(raw.originalPath),
        reason: text(raw.reason) || 'Unknown.',
        quarantinedAt: text(raw.quarantinedAt),
        ...(raw.leftInPlace === true ? { leftInPlace: true } : {}),
      });
    } catch {
      records.push({ file, originalPath: '', reason: 'Unknown (the reason file is unreadable).', quarantinedAt: '' });
    }
  }
  return records.sort((a, b) => b.quarantinedAt.localeCompare(a.quarantinedAt));
}
