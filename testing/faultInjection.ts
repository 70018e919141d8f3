import { cp, readdir } from 'node:fs/promises';

import { observeFsSteps, type FsStep } from '../backend/store/fsLayer';
import { ArticleStore } from '../backend/store/articleStore';

/** The faults a disk gives: full, failing, not permitted, read-only. */
export const FAULT_CODES = ['ENOSPC', 'EIO', 'EACCES', 'EROFS'] as const;
export type FaultCode = (typeof FAULT_CODES)[number];

export function fsError(code: string, step: FsStep): NodeJS.ErrnoException {
  const error = new Error(`${code}: injected at ${step.op} ${step.path}`) as NodeJS.ErrnoException;
  error.code = code;
  return error;
}

/** Runs `run` with every fs step recorded (nothing injected). */
export async function recordSteps<T>(run: () => Promise<T>): Promise<{ steps: FsStep[]; result: T }> {
  const steps: FsStep[] = [];
  observeFsSteps((step) => void steps.push(step));
  try {
    return { steps, result: await run() };
  } finally {
    observeFsSteps(null);
  }
}

/** Steps a full disk keeps failing once it is full; removing and renaming still work there. */
const NEEDS_SPACE = new Set<FsStep['op']>(['create', 'write', 'fsync', 'mkdir']);

/**
 * Runs `run` with one fault: the `at`-th step (0-based) throws `code` instead of happening. `sticky`
 * models a disk that stays full: from that step on, every step that needs space fails too.
 */
export async function withFault<T>(
  at: number,
  code: FaultCode,
  run: () => Promise<T>,
  sticky = false,
): Promise<{ error: unknown; fired: FsStep | null }> {
  let n = 0;
  let fired: FsStep | null = null;
  observeFsSteps((step) => {
    const index = n++;
    if (index === at || (sticky && fired !== null && NEEDS_SPACE.has(step.op))) {
      fired ??= step;
      throw fsError(code, step);
    }
  });
  try {
    await run();
    return { error: null, fired };
  } catch (error) {
    return { error, fired };
  } finally {
    observeFsSteps(null);
  }
}

/**
 * What the library holds, as a reader sees it after reopening: every article (live and trashed) in
 * full, and each one's history (without the random part of revision ids). Two libraries with equal
 * states hold the same words.
 */
export async function libraryState(dataDir: string, now: () => Date): Promise<unknown> {
  const store = await ArticleStore.open(dataDir, { now });
  try {
    const state: Record<string, unknown> = {};
    for (const entry of [...store.list('live'), ...store.list('trash')].sort((a, b) => a.id.localeCompare(b.id))) {
      const revisions = [];
      for (const meta of await store.listRevisions(entry.id)) {
        const { revisionId, ...rest } = meta;
        revisions.push({ ...rest, article: await store.getRevision(entry.id, revisionId) });
      }
      state[entry.id] = { entry, article: await store.get(entry.id), revisions };
    }
    return state;
  } finally {
    await store.close();
  }
}

/** Temp files left anywhere under `dir` (a failed write must remove its own). */
export async function leftoverTempFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => /\.tmp$/.test(name) || /-restoring-/.test(name));
}

export async function copyLibrary(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
}
