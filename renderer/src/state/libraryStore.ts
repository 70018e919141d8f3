import { create } from 'zustand';
import type { IndexEntry } from '../../../core/library/indexEntry';
import { newestFirst } from '../../../core/library/filters';
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
  /** Reads these rows again (a desk's projection changed them); a row gone from the view leaves the list. */
  refreshRows(ids: readonly string[]): Promise<void>;
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

/** The list with the rows of `ids` replaced by `rows` (an id not among them leaves it), newest first. */
function replaceRows(entries: readonly IndexEntry[], ids: readonly string[], rows: readonly IndexEntry[]): IndexEntry[] {
  const replaced = new Set(ids);
  // The rest is sorted already: the sort is one pass over it (localeCompare cost 10,000 collations a refresh).
  return [...rows, ...entries.filter((e) => !replaced.has(e.id))].sort(newestFirst);
}

/** The library list and the selection. Entries come from the main process's index, never from disk. */
export const useLibrary = create<LibraryState>((set, get) => {
  const report = (error: unknown) => useToasts.getState().show({ kind: 'error', text: errorMessage(error) });
  const remove = (id: string) =>
    set((s) => ({ entries: s.entries.filter((e) => e.id !== id), selectedId: s.selectedId === id ? null : s.selectedId }));

  let liveSelection: string | null = null;
  /** Bumped by every list request and by every list set whole, so a list answered late is dropped. */
  let listTicket = 0;
  return {
    view: 'live',
    entries: [],
    selectedId: null,
    focusHeadlineOf: null,
    reloadToken: 0,
    // Nothing is listed until the first list arrives (after the open article: app/startupOrder.ts).
    loading: true,
    error: null,

    async refresh() {
      const ticket = ++listTicket;
      const view = get().view;
      // Only the newest list of the view still shown is applied: an older one answered late (a live list
      // arriving after the switch to the trash) would put the wrong rows under the user's pointer.
      const current = () => ticket === listTicket && get().view === view;
      set({ loading: true });
      try {
        const entries = await call('listArticles', { which: view });
        if (current()) set({ entries, error: null });
      } catch (error) {
        if (current()) set({ error: errorMessage(error) });
      } finally {
        if (current()) set({ loading: false });
      }
    },

    async refreshRows(ids) {
      const ticket = listTicket;
      const view = get().view;
      try {
        const rows = await call('listArticles', { which: view, ids: [...ids] });
        // A whole list asked for meanwhile holds these rows as they are now.
        if (ticket !== listTicket || get().view !== view) return;
        set((s) => ({ entries: replaceRows(s.entries, ids, rows) }));
      } catch {
        // The next notice, or the next whole list, brings the rows.
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
        const ticket = ++listTicket;
        const entries = await call('listArticles', { which: 'live' });
        // A list requested after this one was requested after the article existed, so it holds it too.
        if (ticket === listTicket && get().view === 'live') set({ entries });
        set({ selectedId: article.id, focusHeadlineOf: article.id });
      } catch (error) {
        report(error);
      }
    },

    upsert(entry) {
      set((s) => ({ entries: replaceRows(s.entries, [entry.id], [entry]) }));
    },

    async trash(id) {
      try {
        const entry = await call('trashArticle', { id });
        // The answer can come after the user switched to the trash, and after the trash list (which may
        // already hold the article) arrived: the change lands on the list shown now, whichever it is.
        // Removing it there unmounted the row under a Restore click (trash.spec under load).
        if (get().view === 'trash') get().upsert(entry);
        else remove(id);
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
