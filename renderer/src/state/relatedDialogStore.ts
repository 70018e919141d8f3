import { create } from 'zustand';
import type { RelatedTeaserAttrs } from '../../../core/article/relatedTeaser';

export interface RelatedRequest {
  heading: string;
  initial?: Partial<RelatedTeaserAttrs>;
  submit(attrs: RelatedTeaserAttrs): void;
}

interface RelatedDialogState {
  request: RelatedRequest | null;
  open(request: RelatedRequest): void;
  close(): void;
}

/** Which Related teaser (inline or in the list) the dialog is collecting, and where it goes. */
export const useRelatedDialog = create<RelatedDialogState>((set) => ({
  request: null,
  open: (request) => set({ request }),
  close: () => set({ request: null }),
}));
