import { useMemo } from 'react';
import type { IndexEntry } from '../../../../core/library/indexEntry';
import { filterEntries } from '../../../../core/library/filters';
import { useLibrary } from '../../state/libraryStore';
import { useLibraryQuery, type LibraryFilters, type ListSort } from './libraryQueryStore';

/** The library's entries narrowed by the search hits and filters, in the chosen order. */
export function visibleEntries(entries: IndexEntry[], hits: string[] | null, filters: LibraryFilters, sort: ListSort): IndexEntry[] {
  const filtered = filterEntries(
    entries,
    {
      status: filters.status,
      section: filters.section ? [filters.section] : undefined,
      tags: filters.tag.trim() ? [filters.tag.trim()] : undefined,
      from: filters.from || undefined,
      to: filters.to || undefined,
      ids: hits ? new Set(hits) : undefined,
    },
    sort === 'relevance' ? 'updated' : sort,
  );
  if (sort !== 'relevance' || !hits) return filtered;
  const rank = new Map(hits.map((id, i) => [id, i]));
  return filtered.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

/** The list as shown; the Export dialog's "all in the list" uses the same result. */
export function currentVisibleEntries(): IndexEntry[] {
  const { hits, filters, sort } = useLibraryQuery.getState();
  return visibleEntries(useLibrary.getState().entries, hits, filters, sort);
}

export function useVisibleEntries(): IndexEntry[] {
  const entries = useLibrary((s) => s.entries);
  const { hits, filters, sort } = useLibraryQuery();
  return useMemo(() => visibleEntries(entries, hits, filters, sort), [entries, hits, filters, sort]);
}
