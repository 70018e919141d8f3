import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireLibraryLock, LOCK_FILE, type LockInfo } from './libraryLock';
import { ArticleStore } from './articleStore';
import { makeTempDataDir } from '../../testing/tempDataDir';

let dir: string;
let cleanup: () => Promise<void>;
const children: ChildProcess[] = [];

beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir()));
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await cleanup();
});

const lockPath = () => join(dir, LOCK_FILE);

/** Another process that takes the lock file itself, holds it for `holdMs`, then lets go and exits. */
async function holderProcess(host: 'app' | 'cli', holdMs: number): Promise<ChildProcess> {
  const script = `
    const fs = require('node:fs');
    const path = ${JSON.stringify(lockPath())};
    fs.writeFileSync(path, JSON.stringify({ pid: process.pid, host: ${JSON.stringify(host)}, startedAt: new Date().toISOString(), machine: ${JSON.stringify(hostname())} }), { flag: 'wx' });
    process.stdout.write('held\\n');
    setTimeout(() => { fs.unlinkSync(path); process.exit(0); }, ${holdMs});
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
  });
  return child;
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('acquireLibraryLock', () => {
  it('takes a free library and writes who holds it', async () => {
    const lock = await acquireLibraryLock(dir, 'cli');
    const info = JSON.parse(await readFile(lockPath(), 'utf8')) as LockInfo;
    expect(info).toMatchObject({ pid: process.pid, host: 'cli', machine: hostname() });
    await lock.release();
    expect(await exists(lockPath())).toBe(false);
  });

  it('refuses a second opener while the app holds it, saying who and what to do', async () => {
    const holder = await holderProcess('app', 10_000);
    await expect(acquireLibraryLock(dir, 'cli')).rejects.toMatchObject({
      code: 'locked',
      message: `The Copydesk app has this library open (pid ${holder.pid}). Close it, or run the command with --wait.`,
    });
  });

  it('names another command as the holder when the CLI has it', async () => {
    const holder = await holderProcess('cli', 10_000);
    await expect(acquireLibraryLock(dir, 'cli')).rejects.toMatchObject({
      message: expect.stringMatching(new RegExp(`^Another copydesk command is using this library \\(pid ${holder.pid}\\).*--wait`)),
    });
    // The app is not told to use a command-line flag.
    await expect(acquireLibraryLock(dir, 'app')).rejects.toMatchObject({ message: expect.not.stringMatching(/--wait/) });
  });

  it('with wait, gets the lock once the holder lets go', async () => {
    await holderProcess('app', 400);
    const started = Date.now();
    const lock = await acquireLibraryLock(dir, 'cli', { wait: true, timeoutMs: 10_000, pollMs: 25 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(JSON.parse(await readFile(lockPath(), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('with wait, gives up after the timeout with a clear message', async () => {
    await holderProcess('app', 10_000);
    await expect(acquireLibraryLock(dir, 'cli', { wait: true, timeoutMs: 300, pollMs: 50 })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/still had it after/),
    });
  });

  it('takes over a lock whose process is gone', async () => {
    const pid = await deadPid();
    await writeFile(lockPath(), JSON.stringify({ pid, host: 'app', startedAt: '2026-01-01T00:00:00.000Z', machine: hostname() }));
    const lock = await acquireLibraryLock(dir, 'cli');
    expect(JSON.parse(await readFile(lockPath(), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over a leftover with its own pid (a restarted container), but not a lock it holds', async () => {
    await writeFile(
      lockPath(),
      JSON.stringify({ pid: process.pid, host: 'app', startedAt: '2026-01-01T00:00:00.000Z', machine: hostname() }),
    );
    const lock = await acquireLibraryLock(dir, 'app');
    await expect(acquireLibraryLock(dir, 'app')).rejects.toMatchObject({ code: 'locked' });
    await lock.release();
  });

  it('takes over an empty lock file left by a crash, but only once it is old', async () => {
    await writeFile(lockPath(), '');
    const { utimes } = await import('node:fs/promises');
    const old = new Date(Date.now() - 60_000);
    await utimes(lockPath(), old, old);
    const lock = await acquireLibraryLock(dir, 'cli');
    await lock.release();
  });

  it('does not take over a live process’s lock from another computer', async () => {
    const pid = await deadPid();
    await writeFile(lockPath(), JSON.stringify({ pid, host: 'app', startedAt: '2026-01-01T00:00:00.000Z', machine: 'newsroom-pc-7' }));
    await expect(acquireLibraryLock(dir, 'cli')).rejects.toMatchObject({ message: expect.stringMatching(/pid \d+ on newsroom-pc-7/) });
  });

  it('lets exactly one of many simultaneous openers win', async () => {
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => acquireLibraryLock(dir, 'cli')));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLibraryLock>>>).value.release();
  });

  it('does not delete a lock that was taken over from it', async () => {
    const lock = await acquireLibraryLock(dir, 'cli');
    await writeFile(lockPath(), JSON.stringify({ pid: 1, host: 'app', startedAt: 'x', machine: hostname() }));
    await lock.release();
    expect(await exists(lockPath())).toBe(true);
  });
});

describe('ArticleStore with a lock', () => {
  it('holds the lock while open and lets go at close', async () => {
    const store = await ArticleStore.open(dir, { lock: 'app' });
    await expect(ArticleStore.open(dir, { lock: 'cli' })).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringMatching(/The Copydesk app has this library open/),
    });
    await store.close();
    expect(await exists(lockPath())).toBe(false);
    const again = await ArticleStore.open(dir, { lock: 'cli' });
    await again.close();
  });

  it('refuses to open while another process holds it, and leaves that process’s files alone', async () => {
    await holderProcess('app', 10_000);
    await expect(ArticleStore.open(dir, { lock: 'cli' })).rejects.toMatchObject({ code: 'locked' });
    expect(await exists(join(dir, 'library.open'))).toBe(false);
  });
});
