import { dirname } from 'node:path';
import { CopydeskError } from '../core/errors';
import type { InAppFileDialogs } from './files/inAppFileDialogs';
import type { FileManager } from './fileManager';
import type { Platform } from './platform';

export interface BrowserPlatformOptions {
  dialogs: InAppFileDialogs;
  /** The clipboard as the page sees it (the app window) or as a test set it. */
  readClipboardText(): Promise<string>;
  readClipboardHtml(): Promise<string>;
  /** Null when the computer has no file manager to open a folder in. */
  fileManager: FileManager | null;
}

/**
 * The desktop of Copydesk in Chromium: files and folders are chosen in the in-app dialog the backend
 * serves, folders open in the system's file manager where there is one.
 */
export function browserPlatform({ dialogs, readClipboardText, readClipboardHtml, fileManager }: BrowserPlatformOptions): Platform {
  const open = async (folder: string) => {
    if (!fileManager)
      throw new CopydeskError('no_file_manager', `This computer has no file manager Copydesk can open. The folder is ${folder}`);
    try {
      await fileManager.open(folder);
    } catch (error) {
      throw new CopydeskError(
        'open_failed',
        `${fileManager.name} could not open ${folder} (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  };
  return {
    openFiles: (options) => dialogs.openFiles(options),
    chooseFolder: (options) => dialogs.chooseFolder(options),
    readClipboardText,
    readClipboardHtml,
    // No file manager can be asked to select one file by a portable command; its folder opens instead.
    showItemInFolder: (path) => open(dirname(path)),
    openPath: open,
  };
}
