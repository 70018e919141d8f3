import { create } from 'zustand';
import type { DeskStatusView } from '../../../../api/contract';
import { call } from '../../bridge/copydesk';

interface DeskState {
  status: DeskStatusView | null;
  refresh(): Promise<void>;
}

/** The desk's state for the status bar and Settings → Desk, refreshed on each `status` notice. */
export const useDesk = create<DeskState>((set) => ({
  status: null,
  async refresh() {
    try {
      set({ status: await call('deskStatus', {}) });
    } catch {
      // An older main without the desk: nothing to show.
    }
  },
}));
