import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts the search worker from wherever this code runs. Built (electron-vite), this module is part of
 * out/main/index.js and the worker is its own entry, out/main/searchWorker.js, beside it. From source
 * (the CLI, the browser host, the bench and the tests run TypeScript through tsx or Vitest), a worker
 * thread does not inherit the TypeScript loader, so a two-line bootstrap registers tsx's before
 * importing the worker's .ts file.
 */
export function spawnSearchWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  if (!fromSource) return new Worker(new URL('./searchWorker.js', import.meta.url));
  const worker = new URL('./searchWorker.ts', import.meta.url).href;
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: [] });
}
