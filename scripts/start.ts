/**
 * `npm start`: build, then run Copydesk in Electron. When Electron's binary is missing and cannot be
 * downloaded (newsroom networks often block it), say so in one line and open the same app in a Chromium
 * app window through the browser host, so a user always gets a working Copydesk.
 */
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { defaultDataDir } from '../backend/defaultDataDir';
import { findElectron } from '../hosts/browser/findBinaries';
import { launchBrowserHost } from '../hosts/browser/browserHost';

const root = resolve(import.meta.dirname, '..');

function build(): void {
  const result = spawnSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error('copydesk: the build failed; see the errors above.');
    process.exit(1);
  }
}

function electronBinary(): string | null {
  const found = findElectron(root);
  if (found) return found;
  // First run on a user's machine: fetch the binary the electron package pins.
  spawnSync(process.execPath, [resolve(root, 'node_modules/electron/install.js')], { cwd: root, stdio: 'ignore', timeout: 180_000 });
  return findElectron(root);
}

async function runInChromium(): Promise<void> {
  const dataDir = defaultDataDir();
  const session = await launchBrowserHost({ dataDir, appWindow: true });
  console.log(`copydesk: library at ${dataDir}`);
  const stop = async () => {
    await session.close();
    process.exit(0);
  };
  session.page.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

build();
const electron = electronBinary();
if (electron) {
  const child = spawn(electron, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log("copydesk: Electron's binary is not available (its download failed or is blocked); opening Copydesk in a Chromium app window instead.");
  runInChromium().catch((error: unknown) => {
    console.error(`copydesk: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
