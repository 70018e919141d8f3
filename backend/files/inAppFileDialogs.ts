import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { CopydeskError } from '../../core/errors';
import type { FileFilter } from '../platform';
import type { FileDialogMode, FileDialogRequest, FolderListing } from '../../api/fileDialogTypes';
import { checkNewFolderName, isFile, isFolder, listFolder, resolveTypedPath, standardPlaces } from './fileSystemBrowser';
import type { RecentPlaces } from './recentPlaces';

interface Pending {
  request: FileDialogRequest;
  resolve(paths: string[]): void;
}

export interface OpenFilesRequest {
  title: string;
  filters: FileFilter[];
  multiple: boolean;
  acceptLabel?: string;
}
export interface ChooseFolderRequest {
  title: string;
  defaultPath?: string;
  acceptLabel?: string;
}

/**
 * The file dialog for hosts without native ones (Copydesk in Chromium): the backend opens a dialog and
 * waits; the renderer draws it, browses through `list` and answers. The page can list folders only while
 * a dialog the backend opened is showing, and a handler still receives only paths the user chose in it,
 * checked here (they exist, and are files or a folder as asked).
 */
export class InAppFileDialogs {
  private pending: Pending | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly recent: RecentPlaces,
    private readonly home = homedir(),
  ) {}

  /** Called when a dialog opens, so the host can tell the page to draw it. */
  onRequest(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async openFiles(options: OpenFilesRequest): Promise<string[]> {
    const filters = options.filters.map((f) => ({ name: f.name, extensions: f.extensions.map((e) => e.toLowerCase()) }));
    return this.open('open-files', {
      title: options.title,
      acceptLabel: options.acceptLabel ?? (options.multiple ? 'Open' : 'Choose'),
      multiple: options.multiple,
      filters,
    });
  }

  async chooseFolder(options: ChooseFolderRequest): Promise<string | null> {
    const [folder] = await this.open(
      'choose-folder',
      { title: options.title, acceptLabel: options.acceptLabel ?? 'Choose this folder', multiple: false, filters: [] },
      options.defaultPath,
    );
    return folder ?? null;
  }

  current(): FileDialogRequest | null {
    return this.pending?.request ?? null;
  }

  async list(dialogId: string, typedPath: string | undefined): Promise<FolderListing> {
    const request = this.requestFor(dialogId);
    return listFolder(typedPath === undefined ? request.startFolder : resolveTypedPath(typedPath, this.home));
  }

  async makeFolder(dialogId: string, parent: string, name: string): Promise<FolderListing> {
    this.requestFor(dialogId);
    const folder = join(resolveTypedPath(parent, this.home), checkNewFolderName(name));
    if (await isFolder(folder)) throw new CopydeskError('exists', `A folder named “${name.trim()}” is already there.`);
    try {
      await mkdir(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CopydeskError(
        'cannot_create',
        `Copydesk could not make the folder ${folder} (${code ?? 'unknown error'}). Choose a folder you can write to.`,
      );
    }
    return listFolder(folder);
  }

  /** The user's answer: the chosen paths, or none for Cancel. */
  async answer(dialogId: string, typedPaths: string[]): Promise<null> {
    const pending = this.pending;
    const request = this.requestFor(dialogId);
    const paths = typedPaths.map((p) => resolveTypedPath(p, this.home));
    if (paths.length > 0) await this.check(request, paths);
    this.pending = null;
    if (paths.length > 0)
      await this.recent.remember(request.mode === 'choose-folder' ? paths[0]! : dirname(paths[0]!)).catch(() => undefined);
    pending?.resolve(paths);
    return null;
  }

  private async check(request: FileDialogRequest, paths: string[]): Promise<void> {
    if (request.mode === 'choose-folder') {
      if (paths.length !== 1) throw new CopydeskError('invalid_choice', 'Choose one folder.');
      if (!(await isFolder(paths[0]!))) throw new CopydeskError('not_a_folder', `${paths[0]} is not a folder. Choose a folder.`);
      return;
    }
    if (!request.multiple && paths.length > 1) throw new CopydeskError('invalid_choice', 'Choose one file.');
    for (const path of paths) {
      if (!(await isFile(path)))
        throw new CopydeskError('not_a_file', `${path} is not a file. Choose a file, or open the folder to look inside.`);
    }
  }

  private requestFor(dialogId: string): FileDialogRequest {
    const request = this.pending?.request;
    if (!request || request.id !== dialogId) throw new CopydeskError('no_dialog', 'That file dialog is closed. Open it again.');
    return request;
  }

  private async open(
    mode: FileDialogMode,
    fields: Pick<FileDialogRequest, 'title' | 'acceptLabel' | 'multiple' | 'filters'>,
    defaultPath?: string,
  ): Promise<string[]> {
    // One dialog at a time: a new one cancels one left open (its caller sees a cancel).
    this.pending?.resolve([]);
    const recent = this.recent.list();
    const startFolder = await this.startFolder(defaultPath, recent[0]?.path);
    const request: FileDialogRequest = {
      id: randomUUID(),
      mode,
      ...fields,
      startFolder,
      separator: sep === '\\' ? '\\' : '/',
      places: await standardPlaces(this.home),
      recent,
    };
    return new Promise<string[]>((resolve) => {
      this.pending = { request, resolve };
      for (const listener of this.listeners) listener();
    });
  }

  private async startFolder(defaultPath: string | undefined, lastUsed: string | undefined): Promise<string> {
    for (const candidate of [defaultPath, lastUsed]) {
      if (candidate && (await isFolder(candidate))) return candidate;
    }
    return this.home;
  }
}
