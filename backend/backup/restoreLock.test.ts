import { afterEach, beforeEach, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openBackend, type Backend } from '../openBackend';
import { ScriptedPlatform } from '../hostPlatforms';
import { readPreviewStylesheet } from '../export/previewStylesheet';
import { acquireLibraryLock, LOCK_FILE } from '../store/libraryLock';
import { observeFsSteps } from '../store/fsLayer';
import { makeTempDataDir } from '../../testing/tempDataDir';

/**
 * Issue 16 item 8: the app's restore held no lock between closing the library and reopening it, and a
 * CLI import waiting with --wait ran in that gap, into the library about to be set aside. Now the app
 * keeps its lock from start to finish, as the CLI does.
 */
let root: string;
let cleanup: () => Promise<void>;
let platform: ScriptedPlatform;
let backend: Backend;
const dataDir = () => join(root, 'library');

beforeEach(async () => {
  ({ dir: root, cleanup } = await makeTempDataDir('copydesk-restore-lock-'));
  platform = new ScriptedPlatform();
  backend = await openBackend({
    dataDir: dataDir(),
    host: 'browser',
    version: 'test',
    platform,
    stylesheet: readPreviewStylesheet(),
    pdf: null,
  });
});
afterEach(async () => {
  observeFsSteps(null);
  await backend.close();
  await cleanup();
});

it('holds the library lock at every step of the restore, and after it', async () => {
  for (let i = 0; i < 30; i += 1) await backend.invoke('createArticle', { fields: { headline: `Story ${i}` } });
  await mkdir(join(root, 'backups'));
  platform.answerNextFolderDialog(join(root, 'backups'));
  const backup = await backend.invoke('backUpLibrary', {});
  if (!backup.ok) throw new Error(backup.error.message);
  const held = readFileSync(join(dataDir(), LOCK_FILE), 'utf8');

  // At every write the restore makes, the library is locked by the app's own lock, or (for the instant
  // between the two renames of the swap) not there at all, so no other writer can open it.
  const unlocked: string[] = [];
  observeFsSteps((step) => {
    if (!existsSync(dataDir())) return;
    const lockPath = join(dataDir(), LOCK_FILE);
    if (!existsSync(lockPath) || readFileSync(lockPath, 'utf8') !== held) unlocked.push(`${step.op} ${step.path}`);
  });
  // A CLI waiting for the lock all along never gets it while the restore runs.
  let cliGotIt = false;
  let restoring = true;
  const cli = (async () => {
    while (restoring) {
      const lock = await acquireLibraryLock(dataDir(), 'cli').catch(() => null);
      if (lock) {
        cliGotIt = true;
        await lock.release();
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  platform.answerNextOpenDialog([(backup.value as { path: string }).path]);
  const restored = await backend.invoke('restoreBackup', {});
  restoring = false;
  await cli;
  observeFsSteps(null);
  expect(restored.ok).toBe(true);
  expect(unlocked).toEqual([]);
  expect(cliGotIt).toBe(false);
  // The reopened library is still the app's: the same lock, and a CLI is still refused.
  expect(readFileSync(join(dataDir(), LOCK_FILE), 'utf8')).toBe(held);
  await expect(acquireLibraryLock(dataDir(), 'cli')).rejects.toMatchObject({ code: 'locked' });
  const list = await backend.invoke('listArticles', {});
  expect((list as { value: unknown[] }).value).toHaveLength(30);
});
