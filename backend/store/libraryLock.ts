import { open, readFile, stat, unlink } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CopydeskError } from '../../core/errors';

export type LockOwner = 'app' | 'cli';

export interface LockInfo {
  pid: number;
  host: LockOwner;
  startedAt: string;
  /** A pid means nothing on another computer (a library on a network share); such a lock is never taken over. */
  machine: string;
  /** Tells two locks of one process apart, even within a millisecond. */
  token: string;
}

export interface LibraryLock {
  readonly path: string;
  readonly info: LockInfo;
  release(): Promise<void>;
}

export interface AcquireOptions {
  /** Poll until the holder lets go (the CLI's --wait) instead of failing at once. */
  wait?: boolean;
  timeoutMs?: number;
  pollMs?: number;
}

export const LOCK_FILE = 'library.lock';
/** A lock file still empty after this long was left by a process that died between creating and writing it. */
const UNWRITTEN_LOCK_GRACE_MS = 2_000;

/** Lock texts this process holds or is writing, so a leftover with our own pid is told apart from a live lock of ours. */
const ours = new Set<string>();

/**
 * One writer per library: the app and the CLI each take `<dataDir>/library.lock` before opening the
 * store. Creation with 'wx' is atomic, so two openers cannot both win; a lock whose process is gone
 * (a crash, a kill) is taken over.
 */
export async function acquireLibraryLock(dataDir: string, owner: LockOwner, options: AcquireOptions = {}): Promise<LibraryLock> {
  const path = join(dataDir, LOCK_FILE);
  const { wait = false, timeoutMs = 60_000, pollMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info: LockInfo = {
      pid: process.pid,
      host: owner,
      startedAt: new Date().toISOString(),
      machine: hostname(),
      token: randomBytes(6).toString('hex'),
    };
    const text = JSON.stringify(info);
    // Marked as ours before the file exists: another opener in this process may read it the moment it does.
    ours.add(text);
    let created = false;
    try {
      created = await createExclusive(path, text);
    } finally {
      if (!created) ours.delete(text);
    }
    if (created) return { path, info, release: () => release(path, text) };
    const holder = await readHolder(path);
    if (holder === 'gone') continue;
    if (holder === 'unwritten') {
      await sleep(20);
      continue;
    }
    if (holder === 'stale' || isStale(holder)) {
      await takeOver(path, holder === 'stale' ? null : holder.text);
      continue;
    }
    if (!wait || Date.now() >= deadline) throw lockedError(holder.info, owner, wait ? timeoutMs : null);
    await sleep(pollMs);
  }
}

async function createExclusive(path: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

type Holder = { info: LockInfo; text: string } | 'gone' | 'unwritten' | 'stale';

async function readHolder(path: string): Promise<Holder> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    if (typeof info.pid === 'number' && (info.host === 'app' || info.host === 'cli')) return { info, text };
  } catch {
    // fall through: an empty or torn lock file
  }
  // Being written this very moment, or left half-written by a crash: its age tells which.
  const age = await stat(path).then(
    (s) => Date.now() - s.mtimeMs,
    () => 0,
  );
  return age > UNWRITTEN_LOCK_GRACE_MS ? 'stale' : 'unwritten';
}

function isStale({ info, text }: { info: LockInfo; text: string }): boolean {
  if (info.machine !== undefined && info.machine !== hostname()) return false;
  // Our own pid in a lock we do not hold: left by an earlier run that had the same pid (containers restart as pid 1).
  if (info.pid === process.pid) return !ours.has(text);
  try {
    process.kill(info.pid, 0);
    return false;
  } catch (error) {
    // EPERM: alive, but another user's process.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes a stale lock, guarded by a second lock file: without it, two openers could both see the stale
 * lock, one replace it with its own fresh lock, and the other delete that fresh lock as if it were stale.
 */
async function takeOver(path: string, staleText: string | null): Promise<void> {
  const guard = `${path}.takeover`;
  if (!(await createExclusive(guard, String(process.pid)))) {
    const guardAge = await stat(guard).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    // Someone else is taking over right now; a guard this old was left by a crash mid-takeover.
    if (guardAge > UNWRITTEN_LOCK_GRACE_MS) await unlink(guard).catch(() => undefined);
    else await sleep(20);
    return;
  }
  try {
    // Still the lock we judged stale? Another opener may have replaced it with a live one meanwhile.
    const now = await readHolder(path);
    const same = staleText === null ? now === 'stale' : typeof now === 'object' && now.text === staleText;
    if (same) await unlink(path).catch(() => undefined);
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

async function release(path: string, text: string): Promise<void> {
  // Only our own lock: if it was taken over (we were wrongly thought dead), the new holder keeps theirs.
  const now = await readFile(path, 'utf8').catch(() => null);
  if (now === text) await unlink(path).catch(() => undefined);
  ours.delete(text);
}

function lockedError(holder: LockInfo, opener: LockOwner, waitedMs: number | null): CopydeskError {
  const where = holder.machine !== undefined && holder.machine !== hostname() ? ` on ${holder.machine}` : '';
  const who =
    holder.host === 'app'
      ? `The Copydesk app has this library open (pid ${holder.pid}${where})`
      : `Another copydesk command is using this library (pid ${holder.pid}${where})`;
  if (waitedMs !== null)
    return new CopydeskError('locked', `${who}, and still had it after ${Math.round(waitedMs / 1000)} s. Try again when it is done.`);
  if (opener === 'app') return new CopydeskError('locked', `${who}. Try again when it is done.`);
  return new CopydeskError(
    'locked',
    `${who}. ${holder.host === 'app' ? 'Close it' : 'Wait for it to finish'}, or run the command with --wait.`,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
