/**
 * What the backend needs from the desktop, passed in so the backend runs without Electron. Electron
 * implements it with native dialogs (hosts/electron/main/electronPlatform.ts); the browser host with answers
 * a test (or the fallback app) scripts (backend/hostPlatforms.ts).
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Platform {
  /** Absolute paths the user chose; empty when they cancelled. */
  openFiles(options: { title: string; filters: FileFilter[]; multiple: boolean; acceptLabel?: string }): Promise<string[]>;
  readClipboardText(): Promise<string>;
  /** The clipboard's text/html flavour (a browser copy carries the selection's markup); '' when none. */
  readClipboardHtml(): Promise<string>;
  /** A folder the user chose; null when they cancelled. */
  chooseFolder(options: { title: string; defaultPath?: string; acceptLabel?: string }): Promise<string | null>;
  showItemInFolder(path: string): Promise<void>;
  /** Opens a folder in the system's file manager. */
  openPath(path: string): Promise<void>;
}
