import { create } from 'zustand';
import type { ArticleStatus } from '../../../../core/article/schema';
import type { LibrarySort } from '../../../../core/library/filters';
import type { Snippet } from '../../../../api/searchTypes';
import { call, errorMessage } from '../../bridge/copydesk';

export type ListSort = LibrarySort | 'relevance';

export interface LibraryFilters {
  status: ArticleStatus[];
  section: string;
  tag: string;
  from: string;
  to: string;
}

interface QueryState {
  query: string;
  filters: LibraryFilters;
  sort: ListSort;
  /** Hit ids in rank order, or null when there is no query. */
  hits: string[] | null;
  snippets: Map<string, Snippet>;
  searching: boolean;
  error: string | null;
  setQuery(query: string): void;
  setFilters(patch: Partial<LibraryFilters>): void;
  setSort(sort: ListSort): void;
  clear(): void;
}

export const NO_FILTERS: LibraryFilters = { status: [], section: '', tag: '', from: '', to: '' };
const SEARCH_DELAY_MS = 120;
let timer: ReturnType<typeof setTimeout> | null = null;
let generation = 0;

/** The library's search box, filters and sort; the search itself runs in main, off the UI thread. */
export const useLibraryQuery = create<QueryState>((set, get) => {
  const runSearch = async () => {
    const query = get().query.trim();
    const mine = ++generation;
    if (!query) {
      set({ hits: null, snippets: new Map(), searching: false, error: null });
      return;
    }
    set({ searching: true });
    try {
      // Snippets cost a file read each; about a screenful is enough (the rest show their date and length).
      const hits = await call('searchArticles', { query, limit: 20_000, snippets: 15 });
      if (mine !== generation) return; // a newer query has been typed since
      const snippets = new Map<string, Snippet>();
      for (const hit of hits) if (hit.snippet) snippets.set(hit.id, hit.snippet);
      set({ hits: hits.map((h) => h.id), snippets, searching: false, error: null });
    } catch (error) {
      if (mine === generation) set({ searching: false, error: errorMessage(error) });
    }
  };

  return {
    query: '',
    filters: NO_FILTERS,
    sort: 'updated',
    hits: null,
    snippets: new Map(),
    searching: false,
    error: null,
    setQuery(query) {
      const wasEmpty = get().query.trim() === '';
      set({
        query,
        ...(wasEmpty && query.trim() ? { sort: 'relevance' as const } : {}),
        ...(!query.trim() && get().sort === 'relevance' ? { sort: 'updated' as const } : {}),
      });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void runSearch(), SEARCH_DELAY_MS);
    },
    setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
    setSort: (sort) => set({ sort }),
    clear: () => {
      generation++;
      set({ query: '', filters: NO_FILTERS, sort: 'updated', hits: null, snippets: new Map(), error: null });
    },
  };
});
