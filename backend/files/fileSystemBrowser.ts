import { readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, normalize, parse, sep } from 'node:path';
import { CopydeskError } from '../../core/errors';
import type { FileEntry, FilePlace, FolderListing } from '../../api/fileDialogTypes';

/** A folder with more entries than this lists the first ones and says how many were left out. */
export const LISTING_LIMIT = 5_000;

/**
 * Turns what the user typed or pasted into an absolute, normalised path: `~` is the home folder,
 * surrounding quotes (as a file manager's "copy path" adds) are dropped, a relative path is refused.
 */
export function resolveTypedPath(typed: string, home = homedir()): string {
  let path = typed.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (path === '~' || path.startsWith('~/') || path.startsWith('~\\')) path = join(home, path.slice(1));
  if (!isAbsolute(path))
    throw new CopydeskError(
      'invalid_path',
      `“${typed}” is not a full path. Start it with ${sep === '/' ? '/ or ~' : 'a drive letter such as C:\\'}.`,
    );
  const normal = normalize(path);
  // Keep a root's separator ("/", "C:\"), drop any other trailing one.
  return normal.length > parse(normal).root.length ? normal.replace(/[\\/]+$/, '') : normal;
}

function describeFsError(error: unknown, path: string): CopydeskError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CopydeskError('not_found', `There is no folder ${path}.`);
  if (code === 'ENOTDIR') return new CopydeskError('not_a_folder', `${path} is a file, not a folder.`);
  if (code === 'EACCES' || code === 'EPERM') return new CopydeskError('no_access', `Copydesk may not open ${path}. Choose another folder.`);
  return new CopydeskError('unreadable', `Copydesk could not read ${path} (${code ?? 'unknown error'}).`);
}

async function entryOf(folder: string, name: string, isDir: boolean, isLink: boolean): Promise<FileEntry | null> {
  try {
    // Links are followed so a link to a folder browses like a folder; a broken link is left out.
    const info = isLink || !isDir ? await stat(join(folder, name)) : null;
    const folderLike = info ? info.isDirectory() : isDir;
    return {
      name,
      kind: folderLike ? 'folder' : 'file',
      size: folderLike ? null : (info?.size ?? null),
      modified: info ? info.mtime.toISOString() : null,
    };
  } catch {
    return null;
  }
}

/** Folders first, then files, each in the order a person reads (numbers by value, case ignored). */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const byKindThenName = (a: FileEntry, b: FileEntry) =>
  a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'folder' ? -1 : 1;

export async function listFolder(folder: string): Promise<FolderListing> {
  let dirents;
  try {
    dirents = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw describeFsError(error, folder);
  }
  const kept = dirents.slice(0, LISTING_LIMIT);
  const entries = (await Promise.all(kept.map((d) => entryOf(folder, d.name, d.isDirectory(), d.isSymbolicLink())))).filter(
    (e): e is FileEntry => e !== null,
  );
  const parent = dirname(folder);
  return {
    folder,
    parent: parent === folder ? null : parent,
    entries: entries.sort(byKindThenName),
    truncated: dirents.length - kept.length,
  };
}

export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Home and the usual folders inside it that exist, then the file system's root. */
export async function standardPlaces(home = homedir()): Promise<FilePlace[]> {
  const candidates: FilePlace[] = [
    { label: 'Home', path: home },
    { label: 'Desktop', path: join(home, 'Desktop') },
    { label: 'Documents', path: join(home, 'Documents') },
    { label: 'Downloads', path: join(home, 'Downloads') },
    { label: 'Pictures', path: join(home, 'Pictures') },
  ];
  const existing = await Promise.all(candidates.map(async (place) => ((await isFolder(place.path)) ? place : null)));
  const root = parse(home).root || sep;
  return [...existing.filter((p): p is FilePlace => p !== null), { label: root === '/' ? 'Computer (/)' : `Drive ${root}`, path: root }];
}

/** A new folder's name must be one plain name: no separators, no "." or "..", nothing Windows refuses. */
export function checkNewFolderName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new CopydeskError('invalid_name', 'Type a name for the new folder.');
  const control = [...trimmed].some((c) => c.charCodeAt(0) < 0x20);
  if (trimmed === '.' || trimmed === '..' || control || /[\\/:*?"<>|]/.test(trimmed)) {
    throw new CopydeskError('invalid_name', `“${trimmed}” cannot be a folder name. Leave out / \\ : * ? " < > |.`);
  }
  return trimmed;
}
