import { fieldTextsOf, snippetTextOf } from './articleTexts';
import { fingerprintOf } from './indexCodec';
import { READ_LATER, type ArticleSource, type SearchableArticle } from './articleSource';
import { indexArticles } from './indexArticles';
import { loadIndexFile, saveIndexFile, searchIndexPath } from './indexFile';
import { InvertedIndex } from './invertedIndex';
import { expandQuery, runQuery, textWordsIn } from './query';
import { makeSnippet, SNIPPET_WORDS } from './snippet';
import { searchLog } from './searchLog';
import type { SearchLogLevel } from './searchProtocol';
import type { SearchOptions, SearchResults, SearchStatus, Snippet } from '../../api/searchTypes';
import { TextCache } from './textCache';
import { TimeSlicer } from './timeSlice';

export type { SearchOptions, SearchResults, SearchStatus } from '../../api/searchTypes';

export interface SearchIndexOptions {
  dataDir: string;
  source: ArticleSource;
  /** Quiet time after the last change before the index is written; it is always written at close. */
  persistDelayMs?: number;
  log?: (message: string, level?: SearchLogLevel) => void;
}

/** In the worker a slice only delays messages to search (as in indexArticles). */
const REFRESH_SLICE_MS = 50;

/** More changed articles than this share of the library, and a fresh build beats patching. */
const REBUILD_SHARE = 0.5;

/**
 * Full-text search over the live articles, in the main process. It opens from search-index.json when
 * that matches the store (version, checksum, fingerprint of ids and updatedAt), catches up on articles
 * changed behind its back, or rebuilds from the store, all in the background in short slices; search()
 * waits until it is ready. The store's callers keep it current with upsert() and remove().
 */
export class SearchIndex {
  private index = new InvertedIndex();
  private state: SearchStatus['state'] = 'loading';
  /** Ids changed while a build runs; the build must not overwrite their newer state. */
  private touched: Set<string> | null = null;
  /** Changes made while the file is read, replayed onto the loaded index (null: removed). */
  private pending: Map<string, SearchableArticle | null> | null = new Map();
  private readonly texts = new TextCache();
  private persistTimer: NodeJS.Timeout | null = null;
  private persisting: Promise<void> = Promise.resolve();
  private changed = false;
  readonly ready: Promise<void>;
  private readonly path: string;
  private readonly log: (message: string, level?: SearchLogLevel) => void;

  private constructor(private readonly options: SearchIndexOptions) {
    this.path = searchIndexPath(options.dataDir);
    this.log = options.log ?? searchLog;
    this.ready = this.start().catch((error: unknown) => {
      this.log(`Search index failed to start: ${(error as Error).message}`);
      this.state = this.state === 'closed' ? 'closed' : 'ready';
    });
  }

  /** Returns at once; loading or building goes on in the background (see `ready` and status()). */
  static open(options: SearchIndexOptions): SearchIndex {
    return new SearchIndex(options);
  }

  status(): SearchStatus {
    return { state: this.state, indexed: this.index.liveCount };
  }

  upsert(article: SearchableArticle): void {
    if (this.state === 'closed') return;
    this.pending?.set(article.id, article);
    this.touched?.add(article.id);
    this.texts.delete(article.id);
    this.index.upsert(article.id, article.updatedAt, fieldTextsOf(article));
    this.afterChange();
  }

  remove(id: string): void {
    if (this.state === 'closed') return;
    this.pending?.set(id, null);
    this.touched?.add(id);
    this.texts.delete(id);
    this.index.remove(id);
    this.afterChange();
  }

  /**
   * Reads these articles again and indexes what their files hold now; one that is gone or unreadable
   * leaves the index. In slices, so a search asked meanwhile waits at most one.
   */
  async refresh(ids: readonly string[]): Promise<void> {
    await this.ready;
    const slicer = new TimeSlicer(REFRESH_SLICE_MS);
    for (const id of ids) {
      if (this.isClosed()) return;
      const now = this.options.source.readNow ? this.options.source.readNow(id) : READ_LATER;
      const article = now === READ_LATER ? await this.options.source.read(id).catch(() => null) : now;
      if (article) this.upsert(article);
      else this.remove(id);
      if (slicer.due()) await slicer.pause();
    }
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    await this.ready;
    const limit = options.limit ?? 50;
    const { hits, matched } = runQuery(this.index, query, limit);
    const withSnippets = Math.min(options.snippets ?? 20, hits.length);
    const snippets = await Promise.all(hits.slice(0, withSnippets).map((hit) => this.snippet(hit.id, matched, hit.textWords)));
    return { ids: hits.map((hit) => hit.id), snippets };
  }

  /** Snippets for results further down a long list, in the order asked. */
  async snippetsFor(query: string, ids: readonly string[]): Promise<Array<Snippet | null>> {
    await this.ready;
    const { perWord, matched } = expandQuery(this.index, query);
    return Promise.all(
      ids.map((id) => {
        const slot = this.index.slotOf.get(id);
        return this.snippet(id, matched, slot === undefined ? undefined : textWordsIn(this.index, perWord, slot));
      }),
    );
  }

  /** Writes the index now, if it changed; used at close and after the quiet period. */
  persist(): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    this.persisting = this.persisting.then(async () => {
      // A build writes when it ends; a half-built file would only be caught up again at the next start.
      if (!this.changed || this.state === 'building') return;
      this.changed = false;
      try {
        await saveIndexFile(this.path, this.index);
      } catch (error) {
        this.changed = true;
        this.log(`Could not write ${this.path}: ${(error as Error).message}`);
      }
    });
    return this.persisting;
  }

  /** Stops any build (the file then holds what was indexed; the rest is caught up next time) and writes. */
  async close(): Promise<void> {
    if (this.state === 'closed') return this.persisting;
    this.state = 'closed';
    await this.ready;
    await this.persist();
  }

  private afterChange(): void {
    this.changed = true;
    // Tombstones cost memory and query time; a compacted copy drops them (rare: a quarter of the slots).
    if (this.index.wantsCompaction && this.touched === null) this.index = InvertedIndex.fromParts(this.index.toParts());
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => void this.persist(), this.options.persistDelayMs ?? 30_000);
    this.persistTimer.unref?.();
  }

  private async start(): Promise<void> {
    const loaded = await loadIndexFile(this.path);
    const live = this.options.source.list('live');
    const pending = this.pending ?? new Map<string, SearchableArticle | null>();
    this.pending = null;
    if (loaded.ok && loaded.fingerprint === fingerprintOf(live.map((e) => [e.id, e.updatedAt] as const))) {
      this.index = loaded.index;
      this.replay(pending);
      if (!this.isClosed()) this.state = 'ready';
      return;
    }
    if (loaded.ok) {
      // Stale: patch it when few articles changed behind its back (a crash, a restore by hand).
      const liveIds = new Set(live.map((e) => e.id));
      const stale = live.filter((e) => loaded.index.stampOf(e.id) !== e.updatedAt).map((e) => e.id);
      if (stale.length <= live.length * REBUILD_SHARE) {
        for (const id of loaded.index.ids()) if (!liveIds.has(id)) loaded.index.remove(id);
        this.index = loaded.index;
        this.replay(pending);
        return this.build(stale, `catching up on ${stale.length} changed articles`, pending);
      }
    } else if (loaded.reason !== 'missing') {
      this.log(`${this.path} is ${loaded.reason}; rebuilding it from the articles.`);
    }
    this.index = new InvertedIndex();
    this.replay(pending);
    return this.build(
      live.map((e) => e.id),
      `building over ${live.length} articles`,
      pending,
    );
  }

  private replay(pending: Map<string, SearchableArticle | null>): void {
    for (const [id, article] of pending) {
      if (article) this.index.upsert(article.id, article.updatedAt, fieldTextsOf(article));
      else this.index.remove(id);
    }
  }

  private async build(ids: string[], what: string, alreadyDone: Map<string, unknown>): Promise<void> {
    if (this.state === 'closed') return;
    this.state = 'building';
    this.touched = new Set(alreadyDone.keys());
    const started = performance.now();
    const touched = this.touched;
    const result = await indexArticles(this.index, this.options.source, ids, {
      skip: (id) => touched.has(id),
      cancelled: () => this.isClosed(),
    });
    this.touched = null;
    if (result.indexed > 0 || ids.length === 0) this.changed = true;
    const closing = result.cancelled || this.isClosed();
    if (!closing) this.state = 'ready';
    this.log(
      `Search index ${what}: ${result.indexed} indexed in ${Math.round(performance.now() - started)} ms${result.cancelled ? ' (stopped at close)' : ''}.`,
      'info',
    );
    if (!closing) void this.persist();
  }

  /** A method, not a field test, because TypeScript keeps a narrowed field's type across awaits. */
  private isClosed(): boolean {
    return this.state === 'closed';
  }

  /** `textWords`, when the ranking knows it, is how many query words the text holds (makeSnippet stops once it has them). */
  private async snippet(id: string, matched: ReadonlyMap<string, number>, textWords?: number): Promise<Snippet | null> {
    const stamp = this.index.stampOf(id);
    if (stamp === undefined) return null;
    let text = this.texts.get(id, stamp);
    if (text === undefined) {
      const source = this.options.source;
      const now = source.readNow ? source.readNow(id) : READ_LATER;
      const article = now === READ_LATER ? await source.read(id).catch(() => null) : now;
      if (!article) return null;
      text = snippetTextOf(fieldTextsOf(article));
      this.texts.set(id, stamp, text);
    }
    return makeSnippet(text, matched, SNIPPET_WORDS, textWords);
  }
}
