import { CopydeskError } from '../core/errors';
import type { Platform } from './platform';

/**
 * The browser host's desktop: a test queues what the "native" dialog answers and what the clipboard
 * holds. With nothing queued, a dialog is a cancel, as if the user closed it.
 */
export class ScriptedPlatform implements Platform {
  private readonly answers: string[][] = [];
  private readonly folderAnswers: Array<string | null> = [];
  clipboardText = '';
  clipboardHtml = '';
  /** What "Show in folder" was asked to reveal, for tests to check. */
  readonly shownInFolder: string[] = [];

  answerNextFolderDialog(folder: string | null): void {
    this.folderAnswers.push(folder);
  }

  async chooseFolder(): Promise<string | null> {
    return this.folderAnswers.shift() ?? null;
  }

  async showItemInFolder(path: string): Promise<void> {
    this.shownInFolder.push(path);
  }

  async openPath(path: string): Promise<void> {
    this.shownInFolder.push(path);
  }

  answerNextOpenDialog(paths: string[]): void {
    this.answers.push(paths);
  }

  async openFiles(): Promise<string[]> {
    return this.answers.shift() ?? [];
  }

  async readClipboardText(): Promise<string> {
    return this.clipboardText;
  }

  async readClipboardHtml(): Promise<string> {
    return this.clipboardHtml;
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
  async readClipboardHtml() {
    return '';
  },
  async chooseFolder() {
    throw new CopydeskError(
      'unsupported',
      'Folder dialogs need the desktop (Electron) app. Use the command line instead: copydesk export --all --format html --out DIR',
    );
  },
  async showItemInFolder() {
    // No file manager bridge without Electron; the summary lists the full paths instead.
  },
  async openPath() {
    throw new CopydeskError('unsupported', 'Opening folders needs the desktop (Electron) app. The data folder is shown in Settings.');
  },
};
