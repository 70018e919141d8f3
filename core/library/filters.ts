import type { ArticleStatus } from '../article/schema';
import type { IndexEntry } from './indexEntry';

export interface LibraryFilter {
  /** Any of these statuses; empty or absent means any status. */
  status?: readonly ArticleStatus[];
  /** Any of these sections (case-insensitive). */
  section?: readonly string[];
  /** All of these tags (case-insensitive): narrowing by tag means "tagged with every one". */
  tags?: readonly string[];
  /** Inclusive bounds on the article's date: publishedAt, or updatedAt for the unpublished. */
  from?: string;
  to?: string;
  /** Only these ids: the hits of a search. */
  ids?: ReadonlySet<string>;
}

export type LibrarySort = 'updated' | 'published' | 'headline';

/** The date an article is filed under: when it was published, or for a draft when it last changed. */
export const entryDate = (entry: IndexEntry): string => entry.publishedAt ?? entry.updatedAt;

const headlineOrder = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Narrows and orders the library list. Pure and allocation-light: it runs on every keystroke in the
 * filter bar over 10,000 entries. Dates compare as ISO strings; a bare day ("2026-03-01") for `to`
 * covers that whole day.
 */
export function filterEntries(entries: readonly IndexEntry[], filter: LibraryFilter = {}, sort: LibrarySort = 'updated'): IndexEntry[] {
  const statuses = filter.status?.length ? new Set(filter.status) : null;
  const sections = filter.section?.length ? new Set(filter.section.map(fold)) : null;
  const tags = filter.tags?.length ? [...new Set(filter.tags.map(fold))] : null;
  const from = filter.from || null;
  const to = filter.to ? endOfDay(filter.to) : null;
  const ids = filter.ids ?? null;
  const kept = entries.filter((entry) => {
    if (ids && !ids.has(entry.id)) return false;
    if (statuses && !statuses.has(entry.status)) return false;
    if (sections && !sections.has(fold(entry.section))) return false;
    if (tags) {
      const own = new Set(entry.tags.map(fold));
      if (!tags.every((tag) => own.has(tag))) return false;
    }
    const date = entryDate(entry);
    if (from && date < from) return false;
    if (to && date > to) return false;
    return true;
  });
  return kept.sort(comparator(sort));
}

/** Newest change first (ISO times compare as strings), then by id, so equal times keep one order. */
export const newestFirst = (a: IndexEntry, b: IndexEntry): number => cmp(b.updatedAt, a.updatedAt) || cmp(a.id, b.id);

function comparator(sort: LibrarySort): (a: IndexEntry, b: IndexEntry) => number {
  if (sort === 'updated') return newestFirst;
  if (sort === 'headline') return (a, b) => headlineOrder.compare(a.headline.trim(), b.headline.trim()) || newestFirst(a, b);
  // Newest published first; the unpublished follow, newest change first.
  return (a, b) => {
    if (a.publishedAt && b.publishedAt) return cmp(b.publishedAt, a.publishedAt) || newestFirst(a, b);
    if (a.publishedAt) return -1;
    if (b.publishedAt) return 1;
    return newestFirst(a, b);
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const fold = (s: string): string => s.trim().toLocaleLowerCase();

/** "2026-03-01" means up to the last moment of that day; a full timestamp is taken as it is. */
function endOfDay(to: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to;
}
