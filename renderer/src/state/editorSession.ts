import { create } from 'zustand';
import type { SaveState } from '../features/editor/autosave';

export type EditorView = 'editor' | 'preview';

interface EditorSessionState {
  view: EditorView;
  saveState: SaveState;
  words: number;
  readMinutes: number;
  /** Saves the open article now; set by the editor while one is open. */
  flush: () => Promise<void>;
  setView(view: EditorView): void;
  setSaveState(state: SaveState): void;
  setStats(words: number, readMinutes: number): void;
  setFlush(flush: () => Promise<void>): void;
  /** Attaches a dropped image file as the open article's lead image; null when nothing is open. */
  attachLeadImage: ((file: File) => Promise<void>) | null;
  setAttachLeadImage(attach: ((file: File) => Promise<void>) | null): void;
}

const noFlush = () => Promise.resolve();

/** What the status bar and the app shell need to know about the open article. */
export const useEditorSession = create<EditorSessionState>((set) => ({
  view: 'editor',
  saveState: { kind: 'saved' },
  words: 0,
  readMinutes: 1,
  flush: noFlush,
  setView: (view) => set({ view }),
  setSaveState: (saveState) => set({ saveState }),
  setStats: (words, readMinutes) => set({ words, readMinutes }),
  setFlush: (flush) => set({ flush }),
  attachLeadImage: null,
  setAttachLeadImage: (attachLeadImage) => set({ attachLeadImage }),
}));

export const resetFlush = () => useEditorSession.getState().setFlush(noFlush);
