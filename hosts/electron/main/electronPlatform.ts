import { BrowserWindow, clipboard, dialog, shell } from 'electron';
import type { Platform } from '../../../backend/platform';
import { CopydeskError } from '../../../core/errors';

/** Native dialogs and the system clipboard, for the Electron-free backend. */
export const electronPlatform: Platform = {
  async openFiles({ title, filters, multiple }) {
    const parent = BrowserWindow.getFocusedWindow();
    const properties: Array<'openFile' | 'multiSelections'> = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
    const result = parent
      ? await dialog.showOpenDialog(parent, { title, filters, properties })
      : await dialog.showOpenDialog({ title, filters, properties });
    return result.canceled ? [] : result.filePaths;
  },
  readClipboardText: async () => clipboard.readText(),
  async readClipboardHtml() {
    // Electron 45's clipboard is the async, W3C-shaped one: the HTML flavour is an item's text/html Blob.
    for (const item of await clipboard.read()) {
      if (item.types.includes('text/html')) return (await item.getType('text/html')).text();
    }
    return '';
  },
  async chooseFolder({ title, defaultPath }) {
    const parent = BrowserWindow.getFocusedWindow();
    const options = { title, defaultPath, properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  showItemInFolder: async (path) => shell.showItemInFolder(path),
  async openPath(path) {
    const problem = await shell.openPath(path);
    if (problem) throw new CopydeskError('open_failed', `The folder could not be opened: ${problem}`);
  },
};
