import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import { LAYERS, restrictedPathZones } from './eslint.layers.js';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'worker_threads'];

/** One block per layer: which of our folders its files may import (eslint.layers.js declares them once). */
const layerBlocks = Object.keys(LAYERS).flatMap((layer) => [
  {
    files: [`${layer}/**/*.{ts,tsx}`],
    ignores: [`${layer}/**/*.test.ts`],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: restrictedPathZones(layer, { test: false }) }] },
  },
  {
    files: [`${layer}/**/*.test.ts`],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: restrictedPathZones(layer, { test: true }) }] },
  },
]);

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'screenshots/**', 'bench/.data/**', 'e2e/.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A cycle makes load order matter and hides which layer owns a concept.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  ...layerBlocks,
  {
    // core/ and render/ run in Node, the renderer and Vitest alike: no Node, Electron or DOM-bound UI.
    files: ['core/**/*.ts', 'render/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'electron', '@tiptap/*', 'dompurify'],
              message: 'core/ and render/ stay pure: no Node, Electron or editor imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // React is for render/ and the renderer; core/ stays framework-free.
    files: ['core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'react-dom/*', '@tiptap/*', 'dompurify'],
              message: 'core/ stays pure: no Node, Electron, DOM or UI imports.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches the main process only through window.copydesk; it may import types from the contract.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never imports Electron.' }],
          patterns: [
            { group: nodeBuiltins.filter((p) => p !== 'electron'), message: 'The renderer never imports Node code.' },
            // Types from the API contract are all the renderer takes from it; values cross window.copydesk.
            { regex: '(^|/)api/', allowTypeImports: true, message: 'The renderer talks to the backend only through window.copydesk.' },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
