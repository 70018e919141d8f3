import { create } from 'zustand';
import { findPattern, type FindOptions } from '../../../../core/checks/find';
import type { LibraryFindQuery, LibraryFindResult, LibraryMatch, ReplaceSummary } from '../../../../core/checks/replace/libraryFind';
import { REPLACE_FIELDS, type ReplaceField } from '../../../../core/checks/replace/replaceInArticle';
import { call, errorMessage } from '../../bridge/copydesk';
import { useEditorSession } from '../../state/editorSession';
import { useLibrary } from '../../state/libraryStore';
import { useToasts } from '../../state/toastStore';
import { chosenOf } from './choices';
import { countOf } from '../../../../core/text/plural';

export type ReplacePhase = 'idle' | 'searching' | 'preview' | 'applying' | 'done';

interface LibraryReplaceState {
  open: boolean;
  query: string;
  replacement: string;
  options: FindOptions;
  fields: ReadonlySet<ReplaceField>;
  phase: ReplacePhase;
  progress: { done: number; total: number } | null;
  result: LibraryFindResult | null;
  /** What the preview was made with: the apply sends exactly this, whatever the inputs say since. */
  searched: LibraryFindQuery | null;
  /** Unticked article ids and match keys. */
  excluded: ReadonlySet<string>;
  error: string | null;
  summary: ReplaceSummary | null;
  show(): Promise<void>;
  close(): void;
  edit(patch: Partial<Pick<LibraryReplaceState, 'query' | 'replacement' | 'options' | 'fields'>>): void;
  search(): Promise<void>;
  cancel(): void;
  toggle(key: string): void;
  apply(): Promise<void>;
}

const PROGRESS_POLL_MS = 150;

/**
 * Find and replace across the library (Ctrl+Alt+F): search every live article in the backend's find
 * worker, preview every match by article, untick what should stay, apply in one call. Each changed
 * article saves a named version first, so History takes the change back.
 */
export const useLibraryReplace = create<LibraryReplaceState>((set, get) => ({
  open: false,
  query: '',
  replacement: '',
  options: { caseSensitive: false, wholeWord: false, regex: false },
  fields: new Set(REPLACE_FIELDS),
  phase: 'idle',
  progress: null,
  result: null,
  searched: null,
  excluded: new Set(),
  error: null,
  summary: null,

  async show() {
    set({ open: true, error: null, summary: null, phase: get().result ? 'preview' : 'idle' });
    // The open article's typing goes to disk first, so the search reads what is on screen; then the
    // backend reads the library's text while the question is typed.
    await useEditorSession.getState().flush();
    await call('prepareLibraryFind', {}).catch(() => undefined);
  },

  close() {
    if (get().phase === 'searching') get().cancel();
    set({ open: false, summary: null, phase: get().result ? 'preview' : 'idle' });
  },

  // A changed question makes the preview stale: it goes, and Find makes a new one.
  edit: (patch) => set({ ...patch, result: null, searched: null, excluded: new Set(), phase: 'idle', error: null, summary: null }),

  async search() {
    const { query, replacement, options, fields } = get();
    const pattern = findPattern(query, options);
    if (!pattern.ok) return set({ error: pattern.message, result: null, phase: 'idle' });
    if (fields.size === 0) return set({ error: 'Choose at least one field to search.', phase: 'idle' });
    const asked: LibraryFindQuery = { query, replacement, options, fields: REPLACE_FIELDS.filter((f) => fields.has(f)) };
    set({ phase: 'searching', error: null, summary: null, result: null, progress: null, excluded: new Set() });
    const poll = setInterval(() => {
      void call('libraryFindProgress', {}).then(
        (progress) => get().phase === 'searching' && set({ progress }),
        () => undefined,
      );
    }, PROGRESS_POLL_MS);
    try {
      await useEditorSession.getState().flush();
      const result = await call('findInLibrary', asked);
      set({ result, searched: asked, phase: 'preview' });
    } catch (error) {
      set({ error: errorMessage(error), phase: 'idle' });
    } finally {
      clearInterval(poll);
      set({ progress: null });
    }
  },

  cancel() {
    void call('cancelLibraryFind', {}).catch(() => undefined);
  },

  toggle(key) {
    const excluded = new Set(get().excluded);
    if (excluded.has(key)) excluded.delete(key);
    else excluded.add(key);
    set({ excluded });
  },

  async apply() {
    const { result, searched, excluded } = get();
    if (!result || !searched) return;
    const articles = chosenOf(result, excluded).map(({ group, matches }) => ({
      id: group.id,
      updatedAt: group.updatedAt,
      matches: matches.map(({ field, block, from, to }: LibraryMatch) => ({ field: field as ReplaceField, block, from, to })),
    }));
    if (articles.length === 0) return;
    set({ phase: 'applying', error: null });
    try {
      // The dialog is modal: nothing can be typed between this save and the replacement.
      await useEditorSession.getState().flush();
      const summary = await call('replaceInLibrary', { query: searched, articles });
      const library = useLibrary.getState();
      for (const entry of summary.changed) library.upsert(entry);
      // The open article is shown again from disk, so its editor holds the replaced text and no stale copy.
      if (library.selectedId && summary.changed.some((e) => e.id === library.selectedId)) library.reopen();
      set({ summary, phase: 'done', result: null, searched: null, excluded: new Set() });
      useToasts.getState().show({ kind: 'info', text: summaryText(summary) });
    } catch (error) {
      set({ error: errorMessage(error), phase: 'preview' });
    }
  },
}));

export function summaryText(summary: ReplaceSummary): string {
  const n = summary.replacements;
  const m = summary.changed.length;
  return `${countOf(n, 'replacement')} in ${countOf(m, 'article')}.`;
}
