import { create } from 'zustand';
import type { ArticleStatus } from '../../../../core/article/schema';
import type { LibrarySort } from '../../../../core/library/filters';
import type { Snippet } from '../../../../api/searchTypes';
import { ALL_HITS, FIRST_SCREEN_SNIPPETS } from '../../../../core/library/firstScreen';
import { call, errorMessage } from '../../bridge/copydesk';
import { SnippetRequests } from './snippetRequests';

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
  /** Rows now on screen: the search results among them that have no snippet yet get one. */
  showSnippetsFor(ids: readonly string[]): void;
}

export const NO_FILTERS: LibraryFilters = { status: [], section: '', tag: '', from: '', to: '' };
const SEARCH_DELAY_MS = 120;
let timer: ReturnType<typeof setTimeout> | null = null;
let generation = 0;
/** The query the shown results answer (the box may already hold a newer one, not yet run). */
let shownQuery = '';

/** The library's search box, filters and sort; the search itself runs in main, off the UI thread. */
export const useLibraryQuery = create<QueryState>((set, get) => {
  const snippetRequests = new SnippetRequests(async (ids) => {
    const mine = generation;
    try {
      const found = await call('searchSnippets', { query: shownQuery, ids });
      if (mine !== generation) return;
      const snippets = new Map(get().snippets);
      ids.forEach((id, i) => {
        const snippet = found[i];
        if (snippet) snippets.set(id, snippet);
      });
      set({ snippets });
    } catch {
      // A row without its snippet still shows its date and length; the next search asks again.
    }
  });

  const runSearch = async () => {
    const query = get().query.trim();
    const mine = ++generation;
    if (!query) {
      set({ hits: null, snippets: new Map(), searching: false, error: null });
      return;
    }
    set({ searching: true });
    try {
      // Snippets cost a file read each: the first screenful comes with the results, the rest as rows show.
      const found = await call('searchArticles', { query, limit: ALL_HITS, snippets: FIRST_SCREEN_SNIPPETS });
      if (mine !== generation) return; // a newer query has been typed since
      const snippets = new Map<string, Snippet>();
      found.snippets.forEach((snippet, i) => {
        if (snippet) snippets.set(found.ids[i]!, snippet);
      });
      shownQuery = query;
      snippetRequests.reset(found.ids.slice(0, found.snippets.length));
      set({ hits: found.ids, snippets, searching: false, error: null });
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
    showSnippetsFor(ids) {
      const { hits, snippets } = get();
      if (hits) snippetRequests.want(ids.filter((id) => !snippets.has(id)));
    },
    clear: () => {
      generation++;
      set({ query: '', filters: NO_FILTERS, sort: 'updated', hits: null, snippets: new Map(), error: null });
    },
  };
});
