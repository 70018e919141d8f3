import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts one of the backend's worker threads from wherever this code runs. Built (electron-vite), each
 * worker is its own entry beside out/main/index.js (electron.vite.config.ts lists them). From source
 * (the CLI, the browser host, the bench and the tests run TypeScript through tsx or Vitest), a worker
 * thread does not inherit the TypeScript loader, so a two-line bootstrap registers tsx's before
 * importing the worker's .ts file. `caller` is the caller's import.meta.url.
 */
export function spawnBackendWorker(caller: string, name: string): Worker {
  if (!caller.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, caller));
  const worker = new URL(`./${name}.ts`, caller).href;
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: [] });
}
