import { create } from 'zustand';
import type { IndexEntry } from '../../../core/library/indexEntry';
import { call, errorMessage } from '../bridge/copydesk';
import { useToasts } from './toastStore';
import { useSettings } from './settingsStore';

export type LibraryView = 'live' | 'trash';

interface LibraryState {
  view: LibraryView;
  entries: IndexEntry[];
  selectedId: string | null;
  /** Bumped to make the editor load the open article again (after a restore from history). */
  reloadToken: number;
  loading: boolean;
  error: string | null;
  refresh(): Promise<void>;
  showView(view: LibraryView): Promise<void>;
  select(id: string | null): void;
  reopen(): void;
  createArticle(): Promise<void>;
  /** The article just created, whose headline takes focus once its editor shows. */
  focusHeadlineOf: string | null;
  upsert(entry: IndexEntry): void;
  trash(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  deleteForever(id: string): Promise<void>;
}

/** The library list and the selection. Entries come from the main process's index, never from disk. */
export const useLibrary = create<LibraryState>((set, get) => {
  const report = (error: unknown) => useToasts.getState().show({ kind: 'error', text: errorMessage(error) });
  const remove = (id: string) =>
    set((s) => ({ entries: s.entries.filter((e) => e.id !== id), selectedId: s.selectedId === id ? null : s.selectedId }));

  let liveSelection: string | null = null;
  return {
    view: 'live',
    entries: [],
    selectedId: null,
    focusHeadlineOf: null,
    reloadToken: 0,
    loading: false,
    error: null,

    async refresh() {
      set({ loading: true });
      try {
        set({ entries: await call('listArticles', { which: get().view }), error: null });
      } catch (error) {
        set({ error: errorMessage(error) });
      } finally {
        set({ loading: false });
      }
    },

    async showView(view) {
      const { view: from, selectedId } = get();
      if (view === from) return get().refresh();
      // Going to the trash and back reopens the article that was open, as long as it is still there.
      if (from === 'live') liveSelection = selectedId;
      set({ view, selectedId: null, entries: [] });
      await get().refresh();
      if (view === 'live' && liveSelection && get().selectedId === null && get().entries.some((e) => e.id === liveSelection))
        set({ selectedId: liveSelection });
    },

    select(id) {
      set({ selectedId: id });
    },

    reopen() {
      set((s) => ({ reloadToken: s.reloadToken + 1 }));
    },

    async createArticle() {
      // Focus leaves the button at once: until the new headline takes it, Space or Enter must not press
      // "New article" again and make more empty drafts.
      if (document.activeElement instanceof HTMLButtonElement) document.activeElement.blur();
      try {
        if (get().view !== 'live') await get().showView('live');
        const { section, byline, language } = useSettings.getState().settings.defaults;
        const article = await call('createArticle', { fields: { section, byline, language } });
        const entries = await call('listArticles', { which: 'live' });
        set({ entries, selectedId: article.id, focusHeadlineOf: article.id });
      } catch (error) {
        report(error);
      }
    },

    upsert(entry) {
      set((s) => {
        const others = s.entries.filter((e) => e.id !== entry.id);
        return { entries: [entry, ...others].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) };
      });
    },

    async trash(id) {
      try {
        const entry = await call('trashArticle', { id });
        remove(id);
        useToasts.getState().show({
          kind: 'info',
          text: `“${entry.headline || 'Untitled'}” moved to the trash.`,
          action: { label: 'Undo', run: () => void get().restore(id) },
        });
      } catch (error) {
        report(error);
      }
    },

    async restore(id) {
      try {
        const entry = await call('restoreArticle', { id });
        if (get().view === 'trash') remove(id);
        else get().upsert(entry);
        useToasts.getState().show({ kind: 'info', text: `“${entry.headline || 'Untitled'}” restored.` });
      } catch (error) {
        report(error);
      }
    },

    async deleteForever(id) {
      try {
        await call('deleteArticleForever', { id });
        remove(id);
      } catch (error) {
        report(error);
      }
    },
  };
});
