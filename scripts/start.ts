/**
 * `npm start`: build, then run Copydesk in Electron. When Electron's binary is missing and cannot be
 * downloaded (newsroom networks often block it), say so in one line and open the same app in a Chromium
 * app window through the browser host, so a user always gets a working Copydesk.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appDataDir, defaultDataDir } from '../backend/defaultDataDir';
import { findElectron } from '../hosts/browser/findBinaries';
import { launchBrowserHost } from '../hosts/browser/browserHost';
import { claimSingleInstance, instanceSocketPath } from '../hosts/browser/singleInstance';
import { focusWindow } from '../hosts/browser/appWindow';
import type { BrowserContext, Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');

function build(): void {
  const result = spawnSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
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
  const appData = appDataDir();
  mkdirSync(appData, { recursive: true });
  let shown: { context: BrowserContext; page: Page } | null = null;
  const claim = await claimSingleInstance(instanceSocketPath(appData), () => {
    if (shown) void focusWindow(shown.context, shown.page).catch(() => undefined);
  });
  if (!claim.first) {
    console.log('copydesk: Copydesk is already open; its window was brought to the front.');
    process.exit(0);
  }
  const dataDir = defaultDataDir();
  // Chromium's profile lives in the app-data folder, never beside the library (which may be anywhere).
  const session = await launchBrowserHost({ dataDir, appWindow: { profileDir: join(appData, 'browser-profile') } });
  const context = session.page.context();
  shown = { context, page: session.page };
  console.log(`copydesk: library at ${dataDir}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    claim.server.close();
    await session.close();
    process.exit(0);
  };
  session.page.on('close', () => void stop());
  context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

if (process.env.COPYDESK_BROWSER_APP !== '1') build();
const electron = process.env.COPYDESK_BROWSER_APP === '1' ? null : electronBinary();
if (electron) {
  const child = spawn(electron, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    "copydesk: Electron's binary is not available (its download failed or is blocked); opening Copydesk in a Chromium app window instead.",
  );
  runInChromium().catch((error: unknown) => {
    console.error(`copydesk: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
