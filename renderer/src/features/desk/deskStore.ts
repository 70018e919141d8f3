import { create } from 'zustand';
import type { DeskStatusView, StoryReader } from '../../../../api/contract';
import { call } from '../../bridge/copydesk';

interface DeskState {
  status: DeskStatusView | null;
  /** Articles shared with the desk (the library marks them; the editor binds to their Y.Doc). */
  shared: ReadonlySet<string>;
  /** Bumped when a picture arrives from the desk: an image that could not be shown is asked for again. */
  pictureArrivals: number;
  /** Who else has each shared story open, by article id (the library's rows show their initials). */
  readers: Readonly<Record<string, StoryReader[]>>;
  refresh(): Promise<void>;
  refreshShared(): Promise<void>;
  refreshReaders(): Promise<void>;
}

/** The desk's state for the status bar, the library and Settings → Desk, refreshed on main's notices. */
export const useDesk = create<DeskState>((set) => ({
  status: null,
  shared: new Set(),
  pictureArrivals: 0,
  readers: {},
  async refresh() {
    try {
      set({ status: await call('deskStatus', {}) });
    } catch {
      // An older main without the desk: nothing to show.
    }
  },
  async refreshShared() {
    try {
      set({ shared: new Set(await call('deskSharedIds', {})) });
    } catch {
      set({ shared: new Set() });
    }
  },
  async refreshReaders() {
    try {
      set({ readers: await call('deskStoryPresence', {}) });
    } catch {
      set({ readers: {} });
    }
  },
}));

export const deskIsLive = (status: DeskStatusView | null): boolean => status?.state === 'online' || status?.state === 'offline';

/**
 * The name the live desk knows this user by, or null with no live desk. Comments and sign-offs carry it
 * while connected, because the desk refuses them in any other name (core/desk/extrasRoles.ts).
 */
export const deskUserName = (status: DeskStatusView | null): string | null => (deskIsLive(status) ? (status?.you ?? null) : null);
