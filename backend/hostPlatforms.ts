import type { Platform } from './platform';

/**
 * A scripted desktop for unit tests of the backend: a test queues what the "native" dialog answers and what the clipboard
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
