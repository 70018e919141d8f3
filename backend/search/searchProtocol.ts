import type { Article } from '../../core/article/schema';
import type { SearchHit, SearchOptions, SearchStatus, Snippet } from '../../api/searchTypes';

/**
 * The messages between the main thread's SearchService and the search worker. Every request carries
 * a number; the worker answers each with the same number, in the order it finished them.
 */
export type SearchRequest =
  | { op: 'open'; dataDir: string; live: string; persistDelayMs?: number }
  | { op: 'upsert'; article: Article }
  | { op: 'remove'; id: string }
  | { op: 'search'; query: string; options: SearchOptions }
  | { op: 'snippetsFor'; query: string; ids: readonly string[] }
  | { op: 'status' }
  | { op: 'persist' }
  | { op: 'close' };

export interface SearchReplies {
  open: null;
  upsert: { ms: number };
  remove: null;
  search: SearchHit[];
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

/**
 * The live articles as one string ("id\tupdatedAt" lines): one string crosses the thread boundary as a
 * single copy, where 50,000 small objects would be cloned one by one on the main thread.
 */
export function packLive(entries: ReadonlyArray<{ id: string; updatedAt: string }>): string {
  let out = '';
  for (const e of entries) out += `${e.id}\t${e.updatedAt}\n`;
  return out;
}

export function unpackLive(packed: string): Array<{ id: string; updatedAt: string }> {
  const out: Array<{ id: string; updatedAt: string }> = [];
  for (const line of packed.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.push({ id: line.slice(0, tab), updatedAt: line.slice(tab + 1) });
  }
  return out;
}
