/**
 * The library find's worker thread. It runs the user's pattern over every live article, so a
 * backtracking regular expression stalls this thread, never the main one; the main thread
 * (LibraryFinder) hears progress at least every 50 ms while it works and stops it when it falls
 * silent for FIND_TIME_LIMIT_MS. It keeps each article's text blocks between searches (keyed by
 * the article's updatedAt), so a second search reads only what changed.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { findInBlocks, findPattern } from '../../core/checks/find';
import { findInArticle, LIBRARY_FIND_MAX_MATCHES, previewMatches, type LibraryFindGroup } from '../../core/checks/replace/libraryFind';
import { matchObstacles } from '../../core/checks/replace/replaceInArticle';
import { dataDirLayout } from '../store/dataDirLayout';
import { cacheEntry, findableArticle, type CachedFindable } from './findableArticle';
import type { FindWorkerMessage, FindWorkerRequest, LibraryArticleRef } from './findProtocol';

const port = parentPort;
if (!port) throw new Error('findWorker.ts runs as a worker thread, started by LibraryFinder.');
const send = (message: FindWorkerMessage) => port.postMessage(message);

const cache = new Map<string, CachedFindable>();
const PROGRESS_EVERY_MS = 50;

function readArticle(dataDir: string, id: string): unknown {
  try {
    return JSON.parse(readFileSync(dataDirLayout(dataDir).articleFile(id), 'utf8')) as unknown;
  } catch {
    return null;
  }
}

function cached(dataDir: string, ref: LibraryArticleRef): CachedFindable | null {
  const hit = cache.get(ref.id);
  if (hit && hit.updatedAt === ref.updatedAt) return hit;
  const raw = readArticle(dataDir, ref.id);
  if (raw === null) {
    cache.delete(ref.id);
    return null;
  }
  const entry = cacheEntry(ref.updatedAt, findableArticle(raw));
  cache.set(ref.id, entry);
  return entry;
}

function searchLibrary(request: Extract<FindWorkerRequest, { op: 'library' }>, pattern: RegExp): void {
  const { seq, dataDir, articles, query } = request;
  const fields = new Set<string>(query.fields);
  const groups: LibraryFindGroup[] = [];
  let total = 0;
  let truncated = false;
  let lastPost = Date.now();
  // The ids still listed; a trashed or deleted article's blocks are let go.
  const live = new Set(articles.map((a) => a.id));
  for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
  for (let i = 0; i < articles.length; i++) {
    if (Date.now() - lastPost >= PROGRESS_EVERY_MS) {
      send({ kind: 'progress', seq, done: i, total: articles.length });
      lastPost = Date.now();
    }
    const ref = articles[i]!;
    const entry = cached(dataDir, ref);
    if (!entry) continue;
    const blocks = entry.blocks.filter((b) => fields.has(b.field));
    const found = findInBlocks(blocks, pattern, query.replacement, query.options.regex).matches;
    if (found.length === 0) continue;
    const room = LIBRARY_FIND_MAX_MATCHES - total;
    const kept = found.slice(0, room);
    // Only an article holding a suggestion or a line break can refuse a match: read it again to say why.
    const obstacles = entry.mayObstruct ? matchObstacles(findableArticle(readArticle(dataDir, ref.id)), kept) : [];
    const matches = previewMatches(blocks, kept, obstacles);
    groups.push({ id: ref.id, headline: entry.headline, updatedAt: ref.updatedAt, matches });
    total += matches.length;
    if (found.length > room || total >= LIBRARY_FIND_MAX_MATCHES) {
      truncated = i < articles.length - 1 || found.length > room;
      break;
    }
  }
  send({ kind: 'result', seq, result: { groups, searched: articles.length, matches: total, truncated } });
}

function searchArticles(request: Extract<FindWorkerRequest, { op: 'articles' }>, pattern: RegExp): void {
  const { seq, articles, query } = request;
  const groups: LibraryFindGroup[] = [];
  let total = 0;
  let lastPost = Date.now();
  articles.forEach((article, i) => {
    if (Date.now() - lastPost >= PROGRESS_EVERY_MS) {
      send({ kind: 'progress', seq, done: i, total: articles.length });
      lastPost = Date.now();
    }
    const { matches } = findInArticle(article, pattern, query, Number.MAX_SAFE_INTEGER);
    total += matches.length;
    groups.push({ id: article.id, headline: article.headline, updatedAt: article.updatedAt, matches });
  });
  send({ kind: 'result', seq, result: { groups, searched: articles.length, matches: total, truncated: false } });
}

function warm(request: Extract<FindWorkerRequest, { op: 'warm' }>): void {
  let lastPost = Date.now();
  request.articles.forEach((ref, i) => {
    if (Date.now() - lastPost >= PROGRESS_EVERY_MS) {
      send({ kind: 'progress', seq: request.seq, done: i, total: request.articles.length });
      lastPost = Date.now();
    }
    cached(request.dataDir, ref);
  });
  send({ kind: 'result', seq: request.seq, result: { groups: [], searched: request.articles.length, matches: 0, truncated: false } });
}

port.on('message', (request: FindWorkerRequest) => {
  // Heard at once: the watchdog's clock for this search starts from here, not from the thread's start.
  send({ kind: 'progress', seq: request.seq, done: 0, total: request.articles.length });
  if (request.op === 'warm') return warm(request);
  const pattern = findPattern(request.query.query, request.query.options);
  if (!pattern.ok) return send({ kind: 'failed', seq: request.seq, message: pattern.message });
  try {
    if (request.op === 'library') searchLibrary(request, pattern.pattern);
    else searchArticles(request, pattern.pattern);
  } catch (error) {
    send({ kind: 'failed', seq: request.seq, message: `The search failed: ${(error as Error).message}` });
  }
});
