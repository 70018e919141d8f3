import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export { findChromium } from '../../backend/findChromium';

/**
 * Electron's binary, found the way the electron package itself finds it (path.txt inside dist/, or
 * ELECTRON_OVERRIDE_DIST_PATH), without require('electron'), which would try to download it.
 */
export function findElectron(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pkg = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultElectronPath();
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? binary : null;
}

function defaultElectronPath(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/** Debian's Chromium, run as root in a container, needs these; see the README's "Browser host". */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
