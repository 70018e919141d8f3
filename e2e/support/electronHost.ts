import { _electron as electron } from '@playwright/test';
import { resolve } from 'node:path';
import { findElectron } from '../../hosts/browser/findBinaries';
import type { HostSession } from '../../hosts/browser/browserHost';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** The same app under real Electron, for machines that have its binary (see E2E_HOST=electron). */
export async function launchElectronHost(options: { dataDir: string }): Promise<HostSession> {
  const executablePath = findElectron(PROJECT_ROOT);
  if (!executablePath)
    throw new Error('No Electron binary: run `node node_modules/electron/install.js` or set ELECTRON_OVERRIDE_DIST_PATH.');
  const app = await electron.launch({
    executablePath,
    args: [PROJECT_ROOT],
    env: { ...process.env, COPYDESK_DATA_DIR: options.dataDir },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  const answerOpenDialog = async (paths: string[]) => {
    await app.evaluate(({ dialog }, answer) => {
      const original = dialog.showOpenDialog;
      dialog.showOpenDialog = (async () => {
        dialog.showOpenDialog = original;
        return { canceled: answer.length === 0, filePaths: answer };
      }) as typeof dialog.showOpenDialog;
    }, paths);
  };
  return {
    page,
    // Electron's real dialog cannot be driven by a test, so the next call is answered in main instead.
    answerOpenDialog,
    setClipboardText: async (text) => {
      await app.evaluate(({ clipboard }, value) => clipboard.writeText(value), text);
    },
    // A copy from a browser carries both flavours; the plain text already on the clipboard is kept beside the HTML.
    setClipboardHtml: async (html) => {
      await app.evaluate(async ({ clipboard, ClipboardItem }, value) => {
        const text = await clipboard.readText();
        await clipboard.write([new ClipboardItem({ 'text/html': value, 'text/plain': text })]);
      }, html);
    },
    close: () => app.close(),
  };
}
