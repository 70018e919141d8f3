import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { backUpTo, restoreInto } from '../backend/backup/backupService';
import { acquireLibraryLock } from '../backend/store/libraryLock';
import { CliError } from './cliError';
import type { CommandContext } from './commands';

/** `copydesk backup OUT`: the app's backup (a zip with checksums) written into the folder OUT. */
export async function backupCommand(
  out: string | undefined,
  dataDir: string,
  version: string,
  ctx: Pick<CommandContext, 'out' | 'json'>,
): Promise<number> {
  if (!out) throw new CliError('backup needs OUT, the folder to write the backup to.', 2);
  const folder = resolve(out);
  await mkdir(folder, { recursive: true });
  const result = await backUpTo(dataDir, folder, version, new Date());
  ctx.out(ctx.json ? JSON.stringify(result, null, 2) : `backed up ${result.files} files to ${result.path}`);
  return 0;
}

/**
 * `copydesk restore FILE`: verifies every checksum, restores into a fresh folder and swaps it in; the
 * library it replaces is kept beside it. The lock is held throughout, so the app cannot write meanwhile.
 */
export async function restoreCommand(
  file: string | undefined,
  dataDir: string,
  wait: boolean,
  ctx: Pick<CommandContext, 'out' | 'json'>,
): Promise<number> {
  if (!file) throw new CliError('restore needs FILE, a Copydesk backup (.zip).', 2);
  const path = resolve(file);
  await stat(path).catch(() => {
    throw new CliError(`There is no file at ${path}.`);
  });
  await mkdir(dataDir, { recursive: true });
  const lock = await acquireLibraryLock(dataDir, 'cli', wait ? { wait: true } : {});
  try {
    const result = await restoreInto(dataDir, path, new Date());
    const kept = result.previous ? `; the previous library is kept at ${result.previous}` : '';
    ctx.out(ctx.json ? JSON.stringify(result, null, 2) : `restored ${result.files} files${kept}`);
    return 0;
  } finally {
    // The lock file moved aside with the old library; releasing is best effort.
    await lock.release().catch(() => undefined);
  }
}
