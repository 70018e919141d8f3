import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import viteConfig from '../../electron.vite.config';
import { backendWorkerLocation } from '../../backend/workerThreads';

/**
 * The backend's worker threads (search, library find) inside the packaged app, which cannot run here
 * (no Electron binary): the built main finds each worker where electron-vite writes it and
 * electron-builder packs it, inside app.asar beside index.js, and everything a worker imports is packed too.
 */
const WORKERS = { searchWorker: 'backend/search/searchWorker.ts', findWorker: 'backend/find/findWorker.ts' };
const ROOT = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };

const PACKAGED_MAINS = {
  linux: 'file:///opt/Copydesk/resources/app.asar/out/main/index.js',
  windows: 'file:///C:/Users/Ann%20Lee/AppData/Local/Programs/Copydesk/resources/app.asar/out/main/index.js',
  mac: 'file:///Applications/Copydesk.app/Contents/Resources/app.asar/out/main/index.js',
};

/** The path inside the app (app.asar's root) of a file URL under a packaged app. */
const insideAsar = (url: URL) => decodeURIComponent(url.pathname).split('/app.asar/')[1];

describe('the backend workers in the packaged app', () => {
  const cases = Object.keys(WORKERS).flatMap((name) => Object.entries(PACKAGED_MAINS).map(([os, main]) => [name, os, main] as const));
  it.each(cases)('%s is found beside the built main inside app.asar (%s)', (name, _os, main) => {
    const { fromSource, url } = backendWorkerLocation(main, name);
    expect(fromSource).toBe(false);
    expect(url.href).toBe(main.replace(/index\.js$/, `${name}.js`));
    expect(insideAsar(url)).toBe(`out/main/${name}.js`);
  });

  it.each(Object.entries(WORKERS))('%s is started from its TypeScript source when the code runs from source', (name, source) => {
    const caller = pathToFileURL(join(ROOT, source.replace(/[^/]+$/, 'caller.ts'))).href;
    const { fromSource, url } = backendWorkerLocation(caller, name);
    expect(fromSource).toBe(true);
    expect(fileURLToPath(url)).toBe(join(ROOT, source));
  });

  it('each is written by electron-vite as its own entry beside the main, which package.json names', () => {
    const main = (viteConfig as { main: { build: { outDir: string; rollupOptions: { input: Record<string, string> } } } }).main;
    expect(main.build.outDir).toBe('out/main');
    expect(main.build.rollupOptions.input).toEqual({
      index: resolve(ROOT, 'hosts/electron/main/index.ts'),
      ...Object.fromEntries(Object.entries(WORKERS).map(([name, source]) => [name, resolve(ROOT, source)])),
    });
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('are packed into app.asar with their chunks, and nothing is unpacked beside them', async () => {
    const config = await getConfig(ROOT, 'electron-builder.config.mjs', null);
    expect(config.asar).toBe(true);
    // Unpacking a worker alone would break its relative imports of out/main/chunks and zod.
    expect(config.asarUnpack).toBeUndefined();
    // As config.test.ts reads them: `extends` may leave the list as strings or as { filter } entries.
    const patterns = [config.files]
      .flat()
      .flatMap((entry) => (typeof entry === 'string' ? [entry] : ((entry as { filter?: string[] } | null)?.filter ?? [])));
    expect(patterns.length).toBeGreaterThan(0);
    const packed = (path: string) =>
      patterns.some((p) => !p.startsWith('!') && minimatch(path, p)) &&
      !patterns.some((p) => p.startsWith('!') && minimatch(path, p.slice(1)));
    for (const path of [
      'out/main/index.js',
      ...Object.keys(WORKERS).map((name) => `out/main/${name}.js`),
      'out/main/chunks/shared-Dq85bUmk.js',
    ])
      expect(packed(path), path).toBe(true);
  });

  it.each(Object.entries(WORKERS))(
    '%s imports only Node built-ins and runtime dependencies, which electron-builder packs',
    async (_name, source) => {
      const result = await build({
        entryPoints: [join(ROOT, source)],
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        packages: 'external',
        write: false,
        outdir: 'unused',
        metafile: true,
        logLevel: 'silent',
      });
      const external = new Set(
        Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)),
      );
      const builtins = new Set(builtinModules);
      const packages = [...external]
        .filter((path) => !path.startsWith('node:') && !builtins.has(path))
        .map((path) => (path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : path.split('/')[0]!));
      // electron itself does not exist inside a worker thread.
      expect(packages).not.toContain('electron');
      for (const name of packages) expect(Object.keys(pkg.dependencies), name).toContain(name);
    },
  );
});
