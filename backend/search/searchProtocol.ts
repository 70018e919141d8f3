import type { Article } from '../../core/article/schema';
import type { SearchOptions, SearchResults, SearchStatus, Snippet } from '../../api/searchTypes';

/**
 * The messages between the main thread's SearchService and the search worker. Every request carries
 * a number; the worker answers each with the same number, in the order it finished them.
 */
export type SearchRequest =
  /** A part of the live list (packLiveSlices lines), sent a slice at a time before 'open', whose own `live` is appended to them. */
  | { op: 'live'; part: string }
  | { op: 'open'; dataDir: string; live: string; persistDelayMs?: number }
  | { op: 'upsert'; article: Article }
  | { op: 'remove'; id: string }
  /** Articles whose files changed behind the app's back: read again and indexed as they are now. */
  | { op: 'refresh'; ids: readonly string[] }
  | { op: 'search'; query: string; options: SearchOptions }
  | { op: 'snippetsFor'; query: string; ids: readonly string[] }
  | { op: 'status' }
  | { op: 'persist' }
  | { op: 'close' };

export interface SearchReplies {
  live: null;
  open: null;
  upsert: { ms: number };
  remove: null;
  refresh: null;
  search: SearchResults;
  snippetsFor: Array<Snippet | null>;
  status: SearchStatus;
  persist: null;
  close: null;
}

export type SearchOp = SearchRequest['op'];

export type WorkerInbound = SearchRequest & { seq: number };

export type WorkerOutbound =
  | { kind: 'reply'; seq: number; ok: true; value: unknown }
  | { kind: 'reply'; seq: number; ok: false; message: string }
  | { kind: 'log'; message: string; level: SearchLogLevel };

/** `info` (how long indexing took) is for COPYDESK_DEBUG=search; `warn` is always shown. */
export type SearchLogLevel = 'info' | 'warn';

/** The live list, newest change first (as the store lists it), so a first build indexes the newest articles first. */
export function unpackLive(packed: string): Array<{ id: string; updatedAt: string }> {
  const out: Array<{ id: string; updatedAt: string }> = [];
  for (const line of packed.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.push({ id: line.slice(0, tab), updatedAt: line.slice(tab + 1) });
  }
  return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/**
 * The live articles as "id\tupdatedAt" lines, a slice of `size` entries per string: strings cross the
 * thread boundary as single copies, where 50,000 small objects would be cloned one by one on the main
 * thread; and in slices, because packing and posting 50,000 entries in one go blocked the main thread for
 * tens of milliseconds (SearchService yields between slices).
 */
export function* packLiveSlices(entries: Iterable<{ id: string; updatedAt: string }>, size: number): Generator<string> {
  let out = '';
  let n = 0;
  for (const e of entries) {
    out += `${e.id}\t${e.updatedAt}\n`;
    if (++n === size) {
      yield out;
      out = '';
      n = 0;
    }
  }
  yield out;
}
