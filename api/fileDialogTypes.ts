/**
 * What the in-app file dialog shows: the backend lists folders and the renderer draws them. Shared by
 * the contract (types only) and the backend service.
 */
export type FileDialogMode = 'open-files' | 'choose-folder';

export interface FileDialogFilter {
  name: string;
  /** Lower-case extensions without the dot; empty means every file. */
  extensions: string[];
}

export interface FilePlace {
  label: string;
  path: string;
}

/** A dialog the backend opened and is waiting on; the renderer draws it until it answers. */
export interface FileDialogRequest {
  id: string;
  mode: FileDialogMode;
  title: string;
  /** The label of the button that accepts (Import, Choose, Restore…). */
  acceptLabel: string;
  multiple: boolean;
  filters: FileDialogFilter[];
  /** The folder the dialog starts in. */
  startFolder: string;
  separator: '/' | '\\';
  places: FilePlace[];
  recent: FilePlace[];
}

export interface FileEntry {
  name: string;
  kind: 'folder' | 'file';
  /** Bytes, files only. */
  size: number | null;
  modified: string | null;
}

export interface FolderListing {
  /** The folder listed, absolute and normalised, without a trailing separator (except a root). */
  folder: string;
  parent: string | null;
  entries: FileEntry[];
  /** Entries left out because the folder holds more than the dialog lists. */
  truncated: number;
}
