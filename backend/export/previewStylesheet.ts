import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The preview's stylesheet, read from the source tree. Hosts that run from source (the browser host,
 * the CLI, tests) use this; the bundled Electron main imports the same file with Vite's `?raw`.
 */
export function readPreviewStylesheet(): string {
  return readFileSync(fileURLToPath(new URL('../../render/preview/preview.css', import.meta.url)), 'utf8');
}
