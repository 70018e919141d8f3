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
  const file = join(dir, 'searchWorker.mjs');
  await build({ entryPoints: [resolve(import.meta.dirname, '../backend/search/searchWorker.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: file, logLevel: 'warning' });
  return () => new Worker(file);
}
