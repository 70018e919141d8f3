import { create } from 'zustand';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
}

interface ConfirmState {
  request: (ConfirmRequest & { resolve: (ok: boolean) => void }) | null;
  ask(request: ConfirmRequest): Promise<boolean>;
  answer(ok: boolean): void;
}

/** In-app confirmation for destructive actions, instead of a blocking window.confirm. */
export const useConfirm = create<ConfirmState>((set, get) => ({
  request: null,
  ask: (request) => new Promise<boolean>((resolve) => set({ request: { ...request, resolve } })),
  answer(ok) {
    get().request?.resolve(ok);
    set({ request: null });
  },
}));
