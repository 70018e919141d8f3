import { create } from 'zustand';
import type { Article } from '../../../../core/article/schema';
import type { RevisionMeta } from '../../../../core/history/revisionMeta';
import { call, errorMessage } from '../../bridge/copydesk';
import { useEditorSession } from '../../state/editorSession';
import { useLibrary } from '../../state/libraryStore';
import { useToasts } from '../../state/toastStore';

interface HistoryState {
  open: boolean;
  articleId: string | null;
  revisions: RevisionMeta[];
  selected: { meta: RevisionMeta; older: Article; current: Article } | null;
  error: string | null;
  labelDialogOpen: boolean;
  show(): Promise<void>;
  close(): void;
  select(meta: RevisionMeta): Promise<void>;
  restore(): Promise<void>;
  askLabel(): void;
  closeLabel(): void;
  saveVersion(label: string): Promise<void>;
}

/** The History panel: the open article's versions, a diff against now, and restore as a new version. */
export const useHistory = create<HistoryState>((set, get) => {
  const articleId = () => useLibrary.getState().selectedId;
  const fail = (error: unknown) => set({ error: errorMessage(error) });

  return {
    open: false,
    articleId: null,
    revisions: [],
    selected: null,
    error: null,
    labelDialogOpen: false,

    async show() {
      const id = articleId();
      if (!id) return;
      set({ open: true, articleId: id, selected: null, error: null });
      try {
        // What is on screen is saved first, so "current" in the diff is what the user sees.
        await useEditorSession.getState().flush();
        set({ revisions: await call('listRevisions', { id }) });
      } catch (error) {
        fail(error);
      }
    },

    close: () => set({ open: false, selected: null }),

    async select(meta) {
      const id = get().articleId;
      if (!id) return;
      try {
        const [older, current] = await Promise.all([call('getRevision', { id, revisionId: meta.revisionId }), call('getArticle', { id })]);
        set({ selected: { meta, older, current }, error: null });
      } catch (error) {
        fail(error);
      }
    },

    async restore() {
      const { selected, articleId: id } = get();
      if (!selected || !id) return;
      try {
        await useEditorSession.getState().flush();
        const { entry } = await call('restoreRevision', { id, revisionId: selected.meta.revisionId });
        const library = useLibrary.getState();
        library.upsert(entry);
        library.reopen();
        set({ open: false, selected: null });
        useToasts.getState().show({ kind: 'info', text: 'Restored as a new version; the text it replaced is kept in History.' });
      } catch (error) {
        fail(error);
      }
    },

    askLabel: () => articleId() && set({ labelDialogOpen: true }),
    closeLabel: () => set({ labelDialogOpen: false }),

    async saveVersion(label) {
      const id = articleId();
      if (!id) return;
      try {
        await useEditorSession.getState().flush();
        await call('saveVersion', { id, label });
        set({ labelDialogOpen: false });
        useToasts.getState().show({ kind: 'info', text: `Saved version “${label.trim()}”.` });
        if (get().open) set({ revisions: await call('listRevisions', { id }) });
      } catch (error) {
        useToasts.getState().show({ kind: 'error', text: errorMessage(error) });
      }
    },
  };
});
