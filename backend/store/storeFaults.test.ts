import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { paragraph } from '../../core/article/bodySchema';
import { DEFAULT_EXPORT_OPTIONS } from '../../core/export/exportJob';
import { backUpTo, restoreInto } from '../backup/backupService';
import { ExportJobs } from '../export/exportJobs';
import { readPreviewStylesheet } from '../export/previewStylesheet';
import {
  copyLibrary,
  FAULT_CODES,
  leftoverTempFiles,
  libraryState,
  recordSteps,
  withFault,
  type FaultCode,
} from '../../testing/faultInjection';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { ArticleStore } from './articleStore';
import { AssetStore } from './assetStore';

/**
 * Issue 16's fault-injection test (npm run test:faults): ENOSPC, EIO, EACCES and EROFS injected at every
 * write step of a save, a status change, a version restore, a trash, a backup restore and an export, one
 * step at a time, and ENOSPC that stays (a disk that is full from that step on). After each, the library
 * is exactly as it was or fully updated; a failed change can be retried, in the same session too; no temp
 * file is left; and the error names the cause.
 */
let root: string;
let cleanup: () => Promise<void>;
const T0 = Date.parse('2026-11-29T09:00:00.000Z');
const now = () => new Date(T0 + 3_600_000);
const template = () => join(root, 'template');
const body = (text: string) => ({ type: 'doc' as const, content: [paragraph(text)] });
let firstId = '';
let backupFile = '';
let faultsTried = 0;

beforeAll(async () => {
  // On tmpfs where there is one: thousands of fsyncs cost nothing there, and the steps are the same.
  ({ dir: root, cleanup } = await makeTempDataDir('copydesk-faults-', existsSync('/dev/shm') ? '/dev/shm' : undefined));
  let clock = T0;
  const store = await ArticleStore.open(template(), { now: () => new Date((clock += 1000)) });
  const first = await store.create({ headline: 'Flood', body: body('The river rose.') });
  firstId = first.id;
  await store.saveVersion(first.id, 'first filing');
  await store.save({ ...first, body: body('The river rose in the night.') });
  await store.create({ headline: 'Second story', body: body('Other words.') });
  await store.close();
  // The backup to restore: the same library one edit later.
  await copyLibrary(template(), join(root, 'other'));
  const other = await ArticleStore.open(join(root, 'other'), { now });
  await other.save({ ...(await other.get(first.id)), headline: 'Flood (from the backup)' });
  await other.close();
  await mkdir(join(root, 'backups'));
  backupFile = (await backUpTo(join(root, 'other'), join(root, 'backups'), 'test', now())).path;
});
afterAll(async () => {
  console.log(`storeFaults: ${faultsTried} faults injected`);
  await cleanup();
});

type StoreOp = (store: ArticleStore) => Promise<unknown>;
const storeOps: Array<[string, StoreOp]> = [
  [
    'save (with a typing revision)',
    async (s) => s.save({ ...(await s.get(firstId)), headline: 'Flood warning', body: body('The river rose again.') }),
  ],
  ['status change', async (s) => s.save({ ...(await s.get(firstId)), status: 'published' })],
  [
    'version restore',
    async (s) => s.restoreRevision(firstId, (await s.listRevisions(firstId)).find((r) => r.label === 'first filing')!.revisionId),
  ],
  ['trash', async (s) => s.trash(firstId)],
];

const CLEAR = /The disk is full|quota|read-only|not allowed to write|The disk reported an error|could not set .* aside/;

let run = 0;
async function freshCopy(): Promise<string> {
  const dir = join(root, `run-${(run += 1)}`);
  await copyLibrary(template(), dir);
  return dir;
}

const variants: Array<[FaultCode, boolean]> = [...FAULT_CODES.map((c) => [c, false] as [FaultCode, boolean]), ['ENOSPC', true]];

describe.each(storeOps)('%s', (_label, op) => {
  it('leaves the library as it was or fully updated, at every step, for every fault', { timeout: 300_000 }, async () => {
    const before = await libraryState(template(), now);
    const clean = await freshCopy();
    const store = await ArticleStore.open(clean, { now });
    const { steps } = await recordSteps(() => op(store));
    await store.close();
    const after = await libraryState(clean, now);
    expect(after).not.toEqual(before);
    expect(steps.length).toBeGreaterThan(2);
    for (let at = 0; at < steps.length; at += 1) {
      for (const [code, sticky] of variants) {
        faultsTried += 1;
        const dir = await freshCopy();
        const opened = await ArticleStore.open(dir, { now });
        const { error, fired } = await withFault(at, code, () => op(opened), sticky);
        await opened.close();
        const where = `${code}${sticky ? ' (stays full)' : ''} at step ${at} (${fired?.op} ${fired?.path.slice(dir.length)})`;
        expect(await leftoverTempFiles(dir), where).toEqual([]);
        if (error) expect((error as Error).message, where).toMatch(CLEAR);
        // Retrying a change that left nothing behind completes it.
        const state = await libraryState(dir, now).catch((e: unknown) => e);
        if (JSON.stringify(state) === JSON.stringify(before)) {
          expect(error, `${where}: nothing changed, so it must have failed`).not.toBeNull();
          const retried = await ArticleStore.open(dir, { now });
          await op(retried);
          await retried.close();
          expect(await libraryState(dir, now), `${where}, then retried`).toEqual(after);
        } else expect(state, where).toEqual(after);
        await rm(dir, { recursive: true, force: true });
      }
      // The app keeps its session after a failed change: retried on the same open store, it completes.
      faultsTried += 1;
      const dir = await freshCopy();
      const opened = await ArticleStore.open(dir, { now });
      const { error } = await withFault(at, 'ENOSPC', () => op(opened));
      if (error && !/was written/.test((error as Error).message)) await op(opened);
      await opened.close();
      expect(await libraryState(dir, now), `ENOSPC at step ${at}, then retried in the same session`).toEqual(after);
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('backup restore', () => {
  it('leaves the library as it was or fully restored, at every step, for every fault', { timeout: 300_000 }, async () => {
    const before = await libraryState(template(), now);
    const clean = await freshCopy();
    const { steps } = await recordSteps(() => restoreInto(clean, backupFile, now()));
    const after = await libraryState(clean, now);
    expect(after).not.toEqual(before);
    for (let at = 0; at < steps.length; at += 1) {
      for (const [code, sticky] of variants) {
        faultsTried += 1;
        const dir = await freshCopy();
        const { error, fired } = await withFault(at, code, () => restoreInto(dir, backupFile, now()), sticky);
        const where = `${code} at step ${at} (${fired?.op} ${fired?.path})`;
        const beside = (await readdir(root)).filter((n) => n.startsWith(`run-${run}-`));
        const state = await libraryState(dir, now);
        if (JSON.stringify(state) === JSON.stringify(before)) {
          expect(error, where).not.toBeNull();
          expect((error as Error).message, where).toMatch(CLEAR);
          expect(beside, `${where}: nothing is left beside the library`).toEqual([]);
        } else expect(state, where).toEqual(after);
        await rm(dir, { recursive: true, force: true });
        for (const name of beside) await rm(join(root, name), { recursive: true, force: true });
      }
    }
  });
});

describe('export', () => {
  it('writes each file whole or not at all, and names the cause', { timeout: 300_000 }, async () => {
    const dir = await freshCopy();
    const store = await ArticleStore.open(dir, { now });
    const jobs = new ExportJobs(store, new AssetStore(join(dir, 'assets')), { stylesheet: readPreviewStylesheet(), pdf: null }, now);
    const request = {
      articleIds: [firstId],
      formats: ['txt', 'html', 'md'] as const,
      onExists: 'replace' as const,
      options: DEFAULT_EXPORT_OPTIONS,
    };
    const out = join(root, 'export-clean');
    await mkdir(out);
    const { steps } = await recordSteps(() => jobs.runToCompletion(out, { ...request, formats: [...request.formats] }));
    const complete = new Map<string, string>();
    for (const name of await readdir(out)) complete.set(name, await readFile(join(out, name), 'utf8'));
    const before = await libraryState(template(), now);
    for (let at = 0; at < steps.length; at += 1) {
      for (const [code, sticky] of variants) {
        faultsTried += 1;
        const target = join(root, `export-${at}-${code}-${sticky}`);
        await mkdir(target);
        const { fired } = await withFault(
          at,
          code,
          async () => {
            const status = await jobs.runToCompletion(target, { ...request, formats: [...request.formats] });
            const failed = status.results.filter((r) => r.error);
            expect(failed.length, `${code} at ${at}`).toBeGreaterThan(0);
            for (const r of failed) expect(r.error).toMatch(/was not written|could not/);
          },
          sticky,
        );
        expect(fired).not.toBeNull();
        for (const name of await readdir(target))
          expect(await readFile(join(target, name), 'utf8'), `${name} after ${code} at ${at}`).toBe(complete.get(name));
        await rm(target, { recursive: true, force: true });
      }
    }
    await store.close();
    expect(await libraryState(dir, now)).toEqual(before);
  });
});
