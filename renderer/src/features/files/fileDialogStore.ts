import { create } from 'zustand';
import type { FileDialogRequest, FileEntry, FolderListing } from '../../../../api/fileDialogTypes';
import { call, errorMessage } from '../../bridge/copydesk';
import { completion, folderText, joinPath, sameFolder, splitTyped, visibleEntries } from './typedPath';

interface FileDialogState {
  request: FileDialogRequest | null;
  listing: FolderListing | null;
  typed: string;
  /** Index into the visible entries of the row the arrow keys are on; -1 for none. */
  active: number;
  /** Names chosen in the listed folder (several only where the dialog allows it). */
  chosen: string[];
  /** Index into the request's filters; equal to their count for "All files". */
  typeFilter: number;
  error: string | null;
  /** Asks the backend for an open dialog and draws it (on a push from the host, and at start). */
  load(): Promise<void>;
  setTyped(typed: string): void;
  go(folder: string): Promise<void>;
  setActive(index: number): void;
  setTypeFilter(index: number): void;
  choose(name: string, add: boolean): void;
  /** Tab: complete what is typed from the listing of the folder it names. */
  complete(): Promise<void>;
  /** Enter: into the active folder, or accept the active or typed file, or accept the folder. */
  enter(): Promise<void>;
  accept(): Promise<void>;
  cancel(): Promise<void>;
  makeFolder(name: string): Promise<boolean>;
}

let listingSeq = 0;
/** The listing being read, so Enter typed right after a path acts on that folder, not the one shown. */
let listingRead: Promise<void> = Promise.resolve();

export function shownEntries(state: Pick<FileDialogState, 'request' | 'listing' | 'typed' | 'typeFilter'>): FileEntry[] {
  const { request, listing } = state;
  if (!request || !listing) return [];
  const { filter } = splitTyped(state.typed, request.separator);
  return visibleEntries(listing.entries, filter, request.filters[state.typeFilter] ?? null, request.mode === 'choose-folder');
}

export const useFileDialog = create<FileDialogState>((set, get) => {
  const answer = async (paths: string[]) => {
    const request = get().request;
    if (!request) return;
    try {
      await call('fileDialogAnswer', { dialogId: request.id, paths });
      set({ request: null, listing: null, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  };
  const list = async (path: string | undefined, typedAfter?: string) => {
    const request = get().request;
    if (!request) return;
    const seq = ++listingSeq;
    try {
      const listing = await call('fileDialogList', { dialogId: request.id, path });
      if (seq !== listingSeq) return;
      set({
        listing,
        error: null,
        active: -1,
        chosen: [],
        ...(typedAfter === undefined ? { typed: folderText(listing.folder, request.separator) } : {}),
      });
    } catch (error) {
      if (seq === listingSeq) set({ error: errorMessage(error) });
    }
  };
  return {
    request: null,
    listing: null,
    typed: '',
    active: -1,
    chosen: [],
    typeFilter: 0,
    error: null,

    async load() {
      const request = await call('fileDialogCurrent', {}).catch(() => null);
      if (!request || request.id === get().request?.id) return;
      set({
        request,
        listing: null,
        typed: folderText(request.startFolder, request.separator),
        active: -1,
        chosen: [],
        typeFilter: 0,
        error: null,
      });
      await list(undefined);
    },

    setTyped(typed) {
      const { request, listing: shown } = get();
      set({ typed, active: -1, error: null });
      if (!request) return;
      const { folder } = splitTyped(typed, request.separator);
      // The list follows the folder part of what is typed, as soon as it names another folder.
      if (folder && (!shown || !sameFolder(folder, shown.folder, request.separator))) listingRead = list(folder, typed);
    },

    go: (folder) => list(folder),
    setActive: (active) => set({ active }),
    setTypeFilter: (typeFilter) => set({ typeFilter, active: -1 }),

    choose(name, add) {
      const { request, chosen } = get();
      if (add && request?.multiple) set({ chosen: chosen.includes(name) ? chosen.filter((n) => n !== name) : [...chosen, name] });
      else set({ chosen: [name] });
    },

    async complete() {
      // Read from the store, not a render's snapshot: a Tab typed right after the path (before React drew
      // it, or before the folder it names was listed) completes what was typed.
      const typedAtKey = get().typed;
      await listingRead;
      const state = get();
      const { request, listing } = state;
      if (!request || !listing || state.typed !== typedAtKey) return;
      const shown = shownEntries(state);
      const { folder, filter } = splitTyped(state.typed, request.separator);
      // The row the arrows are on, else the start all matches share; a single folder gets its separator.
      const whole = shown[state.active] ?? (shown.length === 1 ? shown[0] : undefined);
      const next = whole ? whole.name + (whole.kind === 'folder' ? request.separator : '') : completion(shown, filter);
      if (next !== null) get().setTyped(folder + next);
    },

    async enter() {
      await listingRead;
      const state = get();
      const { request, listing } = state;
      if (!request || !listing) return;
      const shown = shownEntries(state);
      const { filter } = splitTyped(state.typed, request.separator);
      const target = shown[state.active] ?? (filter ? shown.find((e) => e.name.toLowerCase() === filter.toLowerCase()) : undefined);
      if (target?.kind === 'folder') return list(joinPath(listing.folder, target.name, request.separator));
      if (target?.kind === 'file') return answer([joinPath(listing.folder, target.name, request.separator)]);
      if (filter) {
        set({ error: `There is no ${request.mode === 'choose-folder' ? 'folder' : 'file'} named “${filter}” in ${listing.folder}.` });
        return;
      }
      return get().accept();
    },

    async accept() {
      const { request, listing, chosen } = get();
      if (!request || !listing) return;
      const paths = chosen.map((name) => joinPath(listing.folder, name, request.separator));
      if (request.mode === 'choose-folder') return answer([paths[0] ?? listing.folder]);
      if (paths.length === 0) {
        set({ error: 'Choose a file first: click it, or type its name.' });
        return;
      }
      return answer(paths);
    },

    cancel: () => answer([]),

    async makeFolder(name) {
      const { request, listing } = get();
      if (!request || !listing) return false;
      try {
        const made = await call('fileDialogMakeFolder', { dialogId: request.id, parent: listing.folder, name });
        set({ listing: made, typed: folderText(made.folder, request.separator), active: -1, chosen: [], error: null });
        return true;
      } catch (error) {
        set({ error: errorMessage(error) });
        return false;
      }
    },
  };
});
