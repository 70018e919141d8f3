import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Where one of the backend's worker scripts is, for the module that starts it (`caller`, its
 * import.meta.url). Built (electron-vite), the caller is part of out/main/index.js and each worker is
 * an entry of its own beside it (electron.vite.config.ts lists them); packaged, both stay inside
 * app.asar (electron-builder.yml packs out/** and unpacks nothing), where Electron's worker threads read
 * them as the main process does (asar support in workers since Electron 18, electron/electron#33216).
 * Unpacking a worker instead would put code that runs with Node's full powers outside the asar
 * integrity check that the fuses turn on. From source (.ts: the CLI, the browser host, the bench and
 * the tests) it is the worker's .ts file. hosts/electron/workerPackaging.test.ts checks all of this.
 */
export function backendWorkerLocation(caller: string, name: string): { fromSource: boolean; url: URL } {
  const fromSource = new URL(caller).pathname.endsWith('.ts');
  return { fromSource, url: new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, caller) };
}

/**
 * Starts one of the backend's worker threads from wherever this code runs. From source, a worker
 * thread does not inherit the TypeScript loader, so a two-line bootstrap registers tsx's before
 * importing the worker's .ts file. `caller` is the caller's import.meta.url.
 */
export function spawnBackendWorker(caller: string, name: string): Worker {
  const { fromSource, url } = backendWorkerLocation(caller, name);
  if (!fromSource) return new Worker(url);
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, execArgv: [] });
}
