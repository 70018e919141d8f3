import { create } from 'zustand';
import type { ArticleStatus } from '../../../../core/article/schema';
import type { GateFailure } from '../../../../core/checks/gate';

/** The statuses the ready-for-desk gate guards. */
export const GATED_STATUSES: ReadonlySet<ArticleStatus> = new Set(['ready', 'published']);

interface Pending {
  status: ArticleStatus;
  failures: GateFailure[];
  /** true: go ahead (overridden with a reason, kept in history); false: stay. */
  settle(go: boolean): void;
}

interface GateState {
  pending: Pending | null;
  /** Set by the open article's editor: runs the gate for a move to `status`. */
  check: ((status: ArticleStatus) => Promise<boolean>) | null;
  setCheck(check: GateState['check']): void;
  open(pending: Pending): void;
  close(): void;
  /** Whether the open article may move to `status` (true when nothing is open or the status is not gated). */
  allow(status: ArticleStatus): Promise<boolean>;
}

export const useGate = create<GateState>((set, get) => ({
  pending: null,
  check: null,
  setCheck: (check) => set({ check }),
  open: (pending) => set({ pending }),
  close: () => set({ pending: null }),
  allow: (status) => {
    const check = get().check;
    return GATED_STATUSES.has(status) && check ? check(status) : Promise.resolve(true);
  },
}));
