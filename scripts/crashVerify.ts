/**
 * The crash test's judge: after each SIGKILL, holds the library on disk to what the worker's log says
 * the store acknowledged (scripts/crashWorker.ts). Every acknowledged save is there with its content,
 * every acknowledged move to or from the trash left the file where it was moved, every acknowledged
 * named version is listed and opens, nothing is torn, and the index rebuilt from the folders agrees.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleSchema, type Article } from '../core/article/schema';
import { indexEntryOf } from '../core/library/indexEntry';
import { isTempFileName } from '../backend/store/durableWrite';
import { ArticleStore } from '../backend/store/articleStore';
import { contentHash, type LogRecord, type Op } from './crashWorker';

type Place = 'articles' | 'trash';

/** What the previous runs left acknowledged, carried from one kill to the next. */
export interface KnownState {
  articles: Map<string, { hash: string; updatedAt: string; place: Place }>;
  /** Named versions by revision id; named versions are kept for ever, so each must stay. */
  versions: Map<string, { id: string; label: string }>;
  seenQuarantine: Set<string>;
}

export const emptyKnownState = (): KnownState => ({ articles: new Map(), versions: new Map(), seenQuarantine: new Set() });

/** Parsed JSON, or null for a file that is missing, torn or empty. */
async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

/** The operation the kill cut short, if the log's last record is not acknowledged. */
export function inFlight(log: LogRecord[]): LogRecord | null {
  const last = log.at(-1);
  return last?.t === 'inflight' ? last : null;
}

/** Checks the library against `known` plus this run's log, and updates `known`; returns the problems by kind. */
export async function verifyLibrary(
  dataDir: string,
  log: LogRecord[],
  known: KnownState,
  problems: string[],
): Promise<{ corrupt: number; lost: number; cut: Op | null }> {
  const counts = { corrupt: 0, lost: 0 };
  const fail = (kind: 'corrupt' | 'lost', problem: string) => {
    counts[kind] += 1;
    problems.push(problem);
  };
  const acked = new Map(known.articles);
  const versions = new Map(known.versions);
  for (const r of log) {
    if (r.t !== 'ack') continue;
    if (r.op === 'version') versions.set(r.revisionId, { id: r.id, label: r.label });
    else if (r.op === 'trash' || r.op === 'restore')
      acked.set(r.id, { ...acked.get(r.id)!, place: r.op === 'trash' ? 'trash' : 'articles' });
    else if ('updatedAt' in r) acked.set(r.id, { hash: r.hash, updatedAt: r.updatedAt, place: acked.get(r.id)?.place ?? 'articles' });
  }
  const cut = inFlight(log);
  const saving = cut && 'hash' in cut ? cut : null;
  const moving = cut && (cut.op === 'trash' || cut.op === 'restore') ? cut : null;

  const files = new Map<string, { article: Article; place: Place }>();
  for (const place of ['articles', 'trash'] as const) {
    // A kill during the very first start can come before the store made its folders: an empty library.
    const names = await readdir(join(dataDir, place)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[];
      throw error;
    });
    for (const name of names) {
      if (isTempFileName(name)) continue;
      const id = name.replace(/\.json$/, '');
      const parsed = ArticleSchema.safeParse(await readJson(join(dataDir, place, name)));
      if (!parsed.success || parsed.data.id !== id) fail('corrupt', `${place}/${name}: does not parse or validate`);
      else if (files.has(id)) fail('corrupt', `${id}: in both articles/ and trash/`);
      else files.set(id, { article: parsed.data, place });
    }
  }
  const hashes = new Map([...files].map(([id, file]) => [id, contentHash(file.article)]));
  for (const [id, expected] of acked) {
    const file = files.get(id);
    if (!file) {
      fail('lost', `${id}: acknowledged but missing`);
      continue;
    }
    if (file.place !== expected.place && moving?.id !== id)
      fail('lost', `${id}: acknowledged in ${expected.place}/, found in ${file.place}/`);
    if (hashes.get(id) === expected.hash && file.article.updatedAt === expected.updatedAt) continue;
    if (saving?.id === id && hashes.get(id) === saving.hash && file.article.updatedAt > expected.updatedAt) continue;
    if (file.article.updatedAt < expected.updatedAt) fail('lost', `${id}: older than its last acknowledged save`);
    else fail('corrupt', `${id}: matches neither its last acknowledged save nor the one in flight`);
  }
  for (const id of files.keys()) {
    if (acked.has(id)) continue;
    if (saving?.id === id && hashes.get(id) === saving.hash) continue;
    fail('corrupt', `${id}: a file nobody saved`);
  }
  // Revision files the worker touched this run must be whole too.
  for (const id of new Set(log.map((r) => r.id))) {
    const dir = join(dataDir, 'revisions', id);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (isTempFileName(name)) continue;
      const json = (await readJson(join(dir, name))) as {
        revisions?: unknown;
        revision?: { revisionId?: string };
        article?: { id?: string };
      } | null;
      const ok =
        name === 'index.json'
          ? Array.isArray(json?.revisions)
          : json?.revision?.revisionId === name.replace(/\.json$/, '') && json?.article?.id === id;
      if (!ok) fail('corrupt', `revisions/${id}/${name}: torn or wrong`);
    }
  }
  // Reopen as the CLI would: the worker's lock is stale, its open marker forces a rebuild of the index.
  const store = await ArticleStore.open(dataDir, { lock: 'cli' });
  try {
    for (const which of ['live', 'trash'] as const) {
      const place: Place = which === 'live' ? 'articles' : 'trash';
      const inPlace = [...files].filter(([, f]) => f.place === place);
      const entries = new Map(store.list(which).map((e) => [e.id, e]));
      if (entries.size !== inPlace.length)
        fail('corrupt', `index lists ${entries.size} ${which} articles, ${place}/ holds ${inPlace.length}`);
      for (const [id, file] of inPlace) {
        const entry = entries.get(id);
        // When an article went to the trash is the index's own record, not the file's: compare the rest.
        if (JSON.stringify(entry && { ...entry, trashedAt: null }) !== JSON.stringify(indexEntryOf(file.article)))
          fail('corrupt', `${id}: index entry disagrees with the file`);
      }
    }
    for (const id of new Set(log.map((r) => r.id))) {
      if (!files.has(id)) continue;
      for (const r of await store.listRevisions(id)) {
        await store
          .getRevision(id, r.revisionId)
          .catch((error: Error) => fail('corrupt', `${id}: version ${r.revisionId} does not open: ${error.message}`));
      }
    }
    // Every acknowledged named version, from this run or any before it, is listed under its name and opens.
    const listed = new Map<string, Awaited<ReturnType<ArticleStore['listRevisions']>>>();
    for (const [revisionId, { id, label }] of versions) {
      if (!listed.has(id)) listed.set(id, files.has(id) ? await store.listRevisions(id) : []);
      const meta = listed.get(id)!.find((r) => r.revisionId === revisionId);
      if (!meta) fail('lost', `${id}: acknowledged version "${label}" (${revisionId}) is not listed`);
      else if (meta.label !== label) fail('corrupt', `${id}: version ${revisionId} is named "${meta.label}", not "${label}"`);
      else
        await store
          .getRevision(id, revisionId)
          .catch((error: Error) => fail('corrupt', `${id}: acknowledged version ${revisionId} does not open: ${error.message}`));
    }
    const quarantined = (await store.quarantined()).filter((q) => !known.seenQuarantine.has(q.file));
    for (const q of quarantined) known.seenQuarantine.add(q.file);
    for (const q of quarantined) fail('corrupt', `quarantined: ${q.originalPath} (${q.reason})`);
  } finally {
    await store.close();
  }
  known.articles.clear();
  for (const [id, file] of files) known.articles.set(id, { hash: hashes.get(id)!, updatedAt: file.article.updatedAt, place: file.place });
  known.versions.clear();
  for (const [revisionId, version] of versions) known.versions.set(revisionId, version);
  return { ...counts, cut: cut?.op ?? null };
}
