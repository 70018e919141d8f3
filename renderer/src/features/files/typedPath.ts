import type { FileDialogFilter, FileEntry } from '../../../../api/fileDialogTypes';

/**
 * The file dialog's path box, as in VS Code's simple file dialog: everything up to the last separator
 * names the folder listed, and what follows narrows the list to names starting with it.
 */
export interface TypedPath {
  folder: string;
  filter: string;
}

export function splitTyped(typed: string, separator: '/' | '\\'): TypedPath {
  // Windows users paste either separator; a POSIX name may hold a backslash, so only "/" counts there.
  const last = separator === '\\' ? Math.max(typed.lastIndexOf('\\'), typed.lastIndexOf('/')) : typed.lastIndexOf('/');
  if (last < 0) return { folder: '', filter: typed };
  return { folder: typed.slice(0, last + 1), filter: typed.slice(last + 1) };
}

/** The path box's text for a folder: the folder and a separator, ready for a name to be typed. */
export function folderText(folder: string, separator: '/' | '\\'): string {
  return folder.endsWith(separator) ? folder : folder + separator;
}

export function joinPath(folder: string, name: string, separator: '/' | '\\'): string {
  return folderText(folder, separator) + name;
}

/** Same folder, written with or without its trailing separator. */
export function sameFolder(a: string, b: string, separator: '/' | '\\'): boolean {
  return folderText(a, separator) === folderText(b, separator);
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * The entries shown: files pass the chosen type filter (folders always do), names start with what was
 * typed (case ignored), and hidden names (".x") show only when the typing starts with a dot.
 */
export function visibleEntries(
  entries: readonly FileEntry[],
  typedFilter: string,
  typeFilter: FileDialogFilter | null,
  foldersOnly: boolean,
): FileEntry[] {
  const prefix = typedFilter.toLowerCase();
  return entries.filter((entry) => {
    if (entry.name.startsWith('.') && !prefix.startsWith('.')) return false;
    if (!entry.name.toLowerCase().startsWith(prefix)) return false;
    if (entry.kind === 'folder') return true;
    if (foldersOnly) return false;
    return !typeFilter || typeFilter.extensions.length === 0 || typeFilter.extensions.includes(extensionOf(entry.name));
  });
}

/** Tab: the longest start every matching name shares (case as the first match has it). */
export function completion(matches: readonly FileEntry[], typedFilter: string): string | null {
  if (matches.length === 0) return null;
  const names = matches.map((m) => m.name);
  let common = names[0]!;
  for (const name of names.slice(1)) {
    let i = 0;
    while (i < common.length && i < name.length && common[i]!.toLowerCase() === name[i]!.toLowerCase()) i++;
    common = common.slice(0, i);
  }
  return common.length > typedFilter.length ? common : null;
}

export function formatSize(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
