import { CopydeskError } from '../../core/errors';
import type { Platform } from './platform';

/**
 * The browser host's desktop: a test queues what the "native" dialog answers and what the clipboard
 * holds. With nothing queued, a dialog is a cancel, as if the user closed it.
 */
export class ScriptedPlatform implements Platform {
  private readonly answers: string[][] = [];
  clipboardText = '';

  answerNextOpenDialog(paths: string[]): void {
    this.answers.push(paths);
  }

  async openFiles(): Promise<string[]> {
    return this.answers.shift() ?? [];
  }

  async readClipboardText(): Promise<string> {
    return this.clipboardText;
  }
}

/** The Chromium fallback app has no native dialogs to offer; it says so and points at drag and drop. */
export const fallbackAppPlatform: Platform = {
  async openFiles() {
    throw new CopydeskError('unsupported', 'File dialogs need the desktop (Electron) app. Drag the file onto the Copydesk window instead.');
  },
  async readClipboardText() {
    return '';
  },
};
