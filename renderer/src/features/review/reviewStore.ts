import { create } from 'zustand';
import type { FieldAnchor } from '../../../../core/review/reviewSchema';

/** What the open editor offers the menu, the palette and the shortcuts; null while no article is open. */
export interface ReviewActions {
  toggleSuggesting(): void;
  addComment(): void;
  /** Moves the selection to the next (1) or previous (-1) suggestion or comment anchor. */
  goToChange(direction: 1 | -1): void;
  signOff(): Promise<void>;
}

interface ReviewState {
  suggesting: boolean;
  panelOpen: boolean;
  unresolvedOnly: boolean;
  /** A comment being written (its anchor already set) before it is posted. */
  draftCommentId: string | null;
  /** Where that comment goes when it is anchored in a field rather than the body (fields have no marks). */
  draftFieldAnchor: FieldAnchor | null;
  actions: ReviewActions | null;
  setSuggesting(on: boolean): void;
  setPanelOpen(open: boolean): void;
  setUnresolvedOnly(on: boolean): void;
  setDraftCommentId(id: string | null, fieldAnchor?: FieldAnchor | null): void;
  setActions(actions: ReviewActions | null): void;
}

export const useReview = create<ReviewState>((set) => ({
  suggesting: false,
  panelOpen: false,
  unresolvedOnly: true,
  draftCommentId: null,
  draftFieldAnchor: null,
  actions: null,
  setSuggesting: (suggesting) => set({ suggesting }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  setUnresolvedOnly: (unresolvedOnly) => set({ unresolvedOnly }),
  setDraftCommentId: (draftCommentId, draftFieldAnchor = null) => set({ draftCommentId, draftFieldAnchor }),
  setActions: (actions) => set({ actions }),
}));
