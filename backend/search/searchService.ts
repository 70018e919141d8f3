import type { Worker } from 'node:worker_threads';
import type { Article } from '../../core/article/schema';
import type { IndexEntry } from '../../core/library/indexEntry';
import type { ArticleSource } from './articleSource';
import {
  packLiveSlices,
  type SearchLogLevel,
  type SearchOp,
  type SearchReplies,
  type SearchRequest,
  type WorkerOutbound,
} from './searchProtocol';
import { searchLog } from './searchLog';
import type { SearchOptions, SearchResults, SearchStatus, Snippet } from '../../api/searchTypes';
import { spawnSearchWorker } from './spawnSearchWorker';

/** Entries per slice of the live list sent at start: about a millisecond of main-thread work each. */
const LIVE_SLICE = 5000;

export interface SearchServiceOptions {
  dataDir: string;
  /** The store: `listUnsorted` (no sort: the worker sorts) where it has one, else `list`. */
  source: Pick<ArticleSource, 'list'> & { listUnsorted?(which: 'live'): Iterable<Pick<IndexEntry, 'id' | 'updatedAt'>> };
  persistDelayMs?: number;
  log?: (message: string, level?: SearchLogLevel) => void;
  /** Entries per slice of the live list (LIVE_SLICE); tests use small ones to cross several slices. */
  liveSlice?: number;
  /** Tests and the bench may start the worker their own way; the default finds it beside this file. */
  spawn?: () => Worker;
}

type Pending = { resolve(value: unknown): void; reject(error: Error): void };

/**
 * Full-text search for the main thread: a thin client of the search worker (searchWorker.ts), which
 * holds the index and does every piece of search work. Calls are messages; the main thread only pays
 * for copying an article across when it is saved and a page of hits when they come back. Every host
 * (Electron, the browser host, the CLI) builds it the same way, through openBackend.
 */
export class SearchService {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private failure: Error | null = null;
  private closing: Promise<void> | null = null;
  readonly ready: Promise<void>;

  private constructor(options: SearchServiceOptions) {
    const log = options.log ?? searchLog;
    this.worker = (options.spawn ?? spawnSearchWorker)();
    // Idle, the worker must not keep a CLI or a test process alive; a request in flight refs it again.
    this.worker.unref();
    this.worker.on('message', (message: WorkerOutbound) => {
      if (message.kind === 'log') return log(message.message, message.level);
      const waiting = this.pending.get(message.seq);
      if (!waiting) return;
      this.pending.delete(message.seq);
      if (this.pending.size === 0) this.worker.unref();
      if (message.ok) waiting.resolve(message.value);
      else waiting.reject(new Error(message.message));
    });
    this.worker.on('error', (error) => this.fail(error, log));
    this.worker.on('exit', (code) => this.fail(new Error(`The search worker stopped (exit code ${code}).`), log));
    // A failed start leaves search empty rather than the app unusable: the failure is logged and every query says so.
    this.ready = this.request({
      op: 'open',
      dataDir: options.dataDir,
      live: '',
      ...(options.persistDelayMs === undefined ? {} : { persistDelayMs: options.persistDelayMs }),
    }).then(
      () => undefined,
      (error: Error) => log(`Search failed to start: ${error.message}`),
    );
    // Taken now, whole: the slices go out across turns of the event loop, and meanwhile the store's
    // background check of the article files removes and puts back the entries it reads again. Walked
    // live, the list lost those not yet back, and the worker built an index without them.
    const live = [...(options.source.listUnsorted?.('live') ?? options.source.list('live'))];
    this.sendLive(live, options.liveSlice ?? LIVE_SLICE).catch((error: unknown) =>
      this.fail(error instanceof Error ? error : new Error(String(error)), log),
    );
  }

  /**
   * Requests made before the live list is across (the open among them, first) wait here, in order:
   * the worker must see the whole list before it opens, and the open before anything else.
   */
  private held: Array<() => void> | null = [];

  /**
   * The live list, a slice at a time (packLiveSlices), the event loop let go between slices: packed and
   * posted in one go, 50,000 entries (with the store's sort for list()) held the main thread ~90 ms.
   */
  private async sendLive(entries: Iterable<Pick<IndexEntry, 'id' | 'updatedAt'>>, slice: number): Promise<void> {
    try {
      for (const part of packLiveSlices(entries, slice)) {
        if (this.failure) return;
        // Its reply (to seq 0) matches no pending request and is dropped.
        if (part !== '') this.worker.postMessage({ op: 'live', part, seq: 0 });
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      const held = this.held ?? [];
      this.held = null;
      for (const post of held) post();
    }
  }

  /** Returns at once; the worker loads or builds the index in the background (see `ready` and status()). */
  static open(options: SearchServiceOptions): SearchService {
    return new SearchService(options);
  }

  status(): Promise<SearchStatus> {
    if (this.closing) return Promise.resolve({ state: 'closed', indexed: 0 });
    return this.request({ op: 'status' });
  }

  /**
   * Articles whose files the store's open read again (changed behind the app's back): the worker reads
   * them too. Its list was taken at open, and an index loaded from disk would otherwise keep their old text.
   */
  refresh(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve();
    return this.request({ op: 'refresh', ids }).then(() => undefined);
  }

  /** Resolves with the worker's own time for the update (the bench reads it); callers need not wait. */
  upsert(article: Article): Promise<{ ms: number }> {
    return handled(this.request({ op: 'upsert', article }));
  }

  remove(id: string): Promise<null> {
    return handled(this.request({ op: 'remove', id }));
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    return this.request({ op: 'search', query, options });
  }

  snippetsFor(query: string, ids: readonly string[]): Promise<Array<Snippet | null>> {
    return this.request({ op: 'snippetsFor', query, ids });
  }

  persist(): Promise<null> {
    return this.request({ op: 'persist' });
  }

  /** Lets the worker stop any build and write the index, then ends the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (!this.failure) await this.request({ op: 'close' }).catch(() => undefined);
      await this.worker.terminate();
    })();
    return this.closing;
  }

  private request<Op extends SearchOp>(request: Extract<SearchRequest, { op: Op }>): Promise<SearchReplies[Op]> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = ++this.seq;
    this.worker.ref();
    return new Promise<SearchReplies[Op]>((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (value: unknown) => void, reject });
      const post = () => {
        if (!this.failure) this.worker.postMessage({ ...request, seq });
      };
      if (this.held) this.held.push(post);
      else post();
    });
  }

  private fail(error: Error, log: (message: string) => void): void {
    if (this.failure) return;
    this.failure = error;
    if (!this.closing) log(`Search is unavailable: ${error.message}`);
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** Saves call upsert without waiting; a worker that has failed must not turn that into an unhandled rejection. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
