import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The dev server injects inline scripts (React refresh) and talks over a websocket; the strict CSP in
 * index.html is relaxed for `npm run dev` only, never in a build.
 */
const relaxCspForDev = (): Plugin => ({
  name: 'copydesk-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'none'", "connect-src 'self' ws:"),
});

/** The Hunspell files the spelling worker bundles (the packages export only their Node loader). */
const hunspellDir = (pkg: string) => dirname(createRequire(import.meta.url).resolve(pkg));

const ZOD_JITLESS_BANNER = '(globalThis.__zod_globalConfig ??= {}).jitless = true;';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The search and library-find workers are entries of their own: backend/workerThreads.ts starts
      // out/main/searchWorker.js and out/main/findWorker.js beside index.js.
      rollupOptions: {
        input: {
          index: resolve('hosts/electron/main/index.ts'),
          searchWorker: resolve('backend/search/searchWorker.ts'),
          findWorker: resolve('backend/find/findWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: it is bundled whole and emitted as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('hosts/electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), relaxCspForDev()],
    // retext-readability's syllable counter imports "pluralize", a UMD file that only exports when a
    // global require exists, which a module worker lacks; pluralize-esm is the same code as a module.
    resolve: {
      alias: {
        pluralize: 'pluralize-esm',
        '@hunspell/en-US': hunspellDir('dictionary-en'),
        '@hunspell/en-GB': hunspellDir('dictionary-en-gb'),
      },
    },
    // zod decides whether to compile validators with new Function when a schema is built, which the CSP
    // refuses. Split chunks and the Web Workers (checks, find) may build schemas before any module of ours
    // runs, so every chunk opens by setting jitless on zod's global config (renderer/src/zodJitless.ts
    // stays as the documented setting).
    worker: { format: 'es', rollupOptions: { output: { banner: ZOD_JITLESS_BANNER } } },
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; halving the script halves what Chromium parses
      // before the editor can appear (bench: "renderer load to an editable editor").
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') }, output: { banner: ZOD_JITLESS_BANNER } },
    },
  },
});
