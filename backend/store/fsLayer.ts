import { chmod, mkdir, open, rename, rm, unlink, type FileHandle } from 'node:fs/promises';

/** One step that changes the disk, as the store takes it; `path` is the file or folder it touches. */
export interface FsStep {
  op: 'create' | 'write' | 'fsync' | 'close' | 'rename' | 'fsync-dir' | 'unlink' | 'mkdir' | 'rm' | 'chmod';
  path: string;
  /** The rename's target. */
  to?: string;
}

export type FsObserver = (step: FsStep) => void;

let observer: FsObserver | null = null;

/**
 * Every write the store, the backup and the exporter make goes through here, so a test can record the
 * sequence (temp write, fsync, rename, folder fsync) and inject a fault (ENOSPC, EIO, EACCES, EROFS) at
 * any one step: the observer is called before the real call and may throw. Production has no observer.
 */
export function observeFsSteps(next: FsObserver | null): void {
  observer = next;
}

function step(op: FsStep['op'], path: string, to?: string): void {
  observer?.(to === undefined ? { op, path } : { op, path, to });
}

export async function createFile(path: string, flags: 'w' | 'wx' = 'w', mode?: number): Promise<FileHandle> {
  step('create', path);
  return open(path, flags, mode);
}

export async function writeAll(handle: FileHandle, path: string, data: string | Uint8Array): Promise<void> {
  step('write', path);
  await handle.writeFile(data);
}

export async function syncFile(handle: FileHandle, path: string): Promise<void> {
  step('fsync', path);
  await handle.sync();
}

export async function closeFile(handle: FileHandle, path: string): Promise<void> {
  step('close', path);
  await handle.close();
}

export async function renamePath(from: string, to: string): Promise<void> {
  step('rename', from, to);
  await rename(from, to);
}

export async function unlinkPath(path: string): Promise<void> {
  step('unlink', path);
  await unlink(path);
}

/** Resolves to the first folder created, or undefined when all existed (as fs.mkdir does). */
export async function makeDir(path: string): Promise<string | undefined> {
  step('mkdir', path);
  return mkdir(path, { recursive: true });
}

export async function removeTree(path: string): Promise<void> {
  step('rm', path);
  await rm(path, { recursive: true, force: true });
}

export async function changeMode(path: string, mode: number): Promise<void> {
  step('chmod', path);
  await chmod(path, mode);
}

/** Windows cannot open a directory for fsync; NTFS journals the rename, so there is nothing to do there. */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  step('fsync-dir', dir);
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
