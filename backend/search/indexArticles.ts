import { READ_LATER, type ArticleSource, type SearchableArticle } from './articleSource';
import { fieldTextsOf } from './articleTexts';
import type { InvertedIndex } from './invertedIndex';
import { TimeSlicer } from './timeSlice';

/** In the worker a slice only delays messages to search, not IPC: longer slices, fewer pauses. */
const WORKER_SLICE_MS = 50;

export interface IndexArticlesOptions {
  /** True for ids saved, trashed or restored while this ran: the index already has their newer state. */
  skip?: (id: string) => boolean;
  cancelled?: () => boolean;
  onProgress?: (done: number, total: number) => void;
  /** Reads in flight while the previous batch is indexed; file reads run on libuv's pool meanwhile. */
  readAhead?: number;
  slicer?: TimeSlicer;
}

export interface IndexArticlesResult {
  indexed: number;
  unreadable: number;
  cancelled: boolean;
}

/**
 * Reads the given articles and indexes them, never holding the event loop for
 * more than one slice (plus one article). The next batch is read while the current one is indexed.
 */
export async function indexArticles(
  index: InvertedIndex,
  source: ArticleSource,
  ids: readonly string[],
  options: IndexArticlesOptions = {},
): Promise<IndexArticlesResult> {
  if (source.readNow) return indexSynchronously(index, source as Required<ArticleSource>, ids, options);
  const readAhead = options.readAhead ?? 32;
  const slicer = options.slicer ?? new TimeSlicer();
  const result: IndexArticlesResult = { indexed: 0, unreadable: 0, cancelled: false };
  const read = (from: number) => Promise.all(ids.slice(from, from + readAhead).map((id) => source.read(id).catch(() => null)));
  let next = ids.length > 0 ? read(0) : null;
  for (let from = 0; next; from += readAhead) {
    const batch: Array<SearchableArticle | null> = await next;
    next = from + readAhead < ids.length ? read(from + readAhead) : null;
    for (const article of batch) {
      if (options.cancelled?.()) {
        await next?.catch(() => undefined);
        return { ...result, cancelled: true };
      }
      if (!article) result.unreadable++;
      else if (!options.skip?.(article.id)) {
        index.upsert(article.id, article.updatedAt, fieldTextsOf(article));
        result.indexed++;
      }
      if (slicer.due()) await slicer.pause();
    }
    options.onProgress?.(Math.min(from + readAhead, ids.length), ids.length);
  }
  return result;
}

/** The same job with synchronous reads (in the search worker), still pausing between slices for messages. */
async function indexSynchronously(
  index: InvertedIndex,
  source: Required<ArticleSource>,
  ids: readonly string[],
  options: IndexArticlesOptions,
): Promise<IndexArticlesResult> {
  const slicer = options.slicer ?? new TimeSlicer(WORKER_SLICE_MS);
  const result: IndexArticlesResult = { indexed: 0, unreadable: 0, cancelled: false };
  for (let i = 0; i < ids.length; i++) {
    if (options.cancelled?.()) return { ...result, cancelled: true };
    if (options.skip?.(ids[i]!)) continue;
    let article: SearchableArticle | null = null;
    try {
      const now = source.readNow(ids[i]!);
      // An older file waits for the careful reader; a save meanwhile makes the index's copy newer.
      if (now === READ_LATER) {
        article = await source.read(ids[i]!);
        if (options.skip?.(ids[i]!)) continue;
      } else article = now;
    } catch {
      article = null;
    }
    if (!article) result.unreadable++;
    else {
      index.upsert(article.id, article.updatedAt, fieldTextsOf(article));
      result.indexed++;
    }
    if (slicer.due()) {
      options.onProgress?.(i + 1, ids.length);
      await slicer.pause();
    }
  }
  options.onProgress?.(ids.length, ids.length);
  return result;
}
