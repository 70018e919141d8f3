import { create } from 'zustand';

type Panel = 'palette' | 'shortcuts' | 'settings' | 'data-folder' | null;

/** Which app-level panel is open: the command palette, the shortcuts list or Settings. */
export const useUi = create<{
  panel: Panel;
  previewWidth: 'desktop' | 'mobile';
  open(panel: Panel): void;
  setPreviewWidth(width: 'desktop' | 'mobile'): void;
}>((set) => ({
  panel: null,
  previewWidth: 'desktop',
  open: (panel) => set({ panel }),
  setPreviewWidth: (previewWidth) => set({ previewWidth }),
}));
