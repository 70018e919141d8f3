import { useMemo, useState } from 'react';
import { ARTICLE_STATUSES } from '../../../../core/article/schema';
import { useLibrary } from '../../state/libraryStore';
import { NO_FILTERS, useLibraryQuery, type ListSort } from './libraryQueryStore';
import { countOf } from '../../../../core/text/plural';

/** Search box (Ctrl+F), filters (status, section, tag, dates) and sort, above the library list. */
export function LibrarySearch({ shown }: { shown: number }) {
  const { query, filters, sort, searching, error } = useLibraryQuery();
  const { setQuery, setFilters, setSort, clear } = useLibraryQuery.getState();
  const entries = useLibrary((s) => s.entries);
  const [open, setOpen] = useState(false);
  const sections = useMemo(() => [...new Set(entries.map((e) => e.section).filter(Boolean))].sort(), [entries]);
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <div className="library-search">
      <div className="search-row">
        <input
          type="search"
          data-testid="library-search"
          aria-label="Search articles"
          placeholder="Search headlines, text, tags…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') clear();
            if (e.key === 'ArrowDown') document.querySelector<HTMLElement>('[data-testid="article-list"]')?.focus();
          }}
        />
        <button
          type="button"
          className={active ? 'button small active' : 'button small'}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          Filters{active ? ' •' : ''}
        </button>
      </div>
      {open && (
        <div className="filters" role="group" aria-label="Filters">
          <div className="status-filters">
            {ARTICLE_STATUSES.map((status) => (
              <label key={status} className={filters.status.includes(status) ? `chip on status-${status}` : 'chip'}>
                <input
                  type="checkbox"
                  checked={filters.status.includes(status)}
                  onChange={() =>
                    setFilters({
                      status: filters.status.includes(status) ? filters.status.filter((s) => s !== status) : [...filters.status, status],
                    })
                  }
                />
                {status}
              </label>
            ))}
          </div>
          <div className="filter-grid">
            <select aria-label="Section" value={filters.section} onChange={(e) => setFilters({ section: e.target.value })}>
              <option value="">Any section</option>
              {sections.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <input aria-label="Tag" placeholder="Tag" value={filters.tag} onChange={(e) => setFilters({ tag: e.target.value })} />
            <input aria-label="From date" type="date" value={filters.from} onChange={(e) => setFilters({ from: e.target.value })} />
            <input aria-label="To date" type="date" value={filters.to} onChange={(e) => setFilters({ to: e.target.value })} />
            <select aria-label="Sort" value={sort} onChange={(e) => setSort(e.target.value as ListSort)}>
              {query.trim() && <option value="relevance">Best match</option>}
              <option value="updated">Last changed</option>
              <option value="published">Published</option>
              <option value="headline">Headline A–Z</option>
            </select>
            <button type="button" className="button small" onClick={clear}>
              Clear
            </button>
          </div>
        </div>
      )}
      <p className="search-count" aria-live="polite" data-testid="list-count">
        {error
          ? error
          : searching
            ? 'Searching…'
            : query.trim() || active
              ? `${shown.toLocaleString()} of ${entries.length.toLocaleString()}`
              : countOf(entries.length, 'article')}
      </p>
    </div>
  );
}
