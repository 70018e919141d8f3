import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

/**
 * The search worker bundled to one JavaScript file, as electron-vite builds out/main/searchWorker.js.
 * Started from source, the worker would first compile its TypeScript through tsx (half a second that
 * the app never pays), and the start-up rows would measure that instead of the index.
 */
export async function bundledSearchWorker(): Promise<() => Worker> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-worker-'));
  // Split like electron-vite's build: the lazily imported careful reader (zod) is a chunk of its own.
  await build({
    entryPoints: [resolve(import.meta.dirname, '../backend/search/searchWorker.ts')],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  // Removed when the bench's process ends: every run used to leave its bundle in the temp folder.
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'searchWorker.mjs');
  return () => new Worker(file);
}
