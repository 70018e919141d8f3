import { readFile, rm } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import { ArticleStore } from '../backend/store/articleStore';
import { storeArticleSource } from '../backend/search/articleSource';
import { fieldTextsOf } from '../backend/search/articleTexts';
import { searchIndexPath } from '../backend/search/indexFile';
import type { FieldTexts } from '../backend/search/invertedIndex';
import { SearchService } from '../backend/search/searchService';
import { tokenize } from '../backend/search/tokenize';
import { saveTarget } from './benchLibrary';
import { benchQueries } from './benchQueries';
import { FtsEngine } from './ftsEngine';
import type { Row, Target } from './row';
import { ALL_HITS, FIRST_SCREEN_SNIPPETS } from '../core/library/firstScreen';
import { interleaved, lagMonitor, median, p95, timeIt } from './stats';

const UPDATE_RUNS = 40;
const RELOADS = 3;
/** The screenful the library list asks snippets for with its results (libraryQueryStore); the rest come as rows show. */
const SCREENFUL = FIRST_SCREEN_SNIPPETS;
const PAGE = 50;

export interface SearchBenchOptions {
  /** "10,000" or "50,000", for the row names. */
  label: string;
  spawn: () => Worker;
  targets: { build?: Target; block?: Target; load?: Target; query?: Target; update?: Target };
  /** Also measure SQLite FTS5 on the same library and queries. */
  compareEngines: boolean;
  /** Fewer at 50,000, where each linear scan of the baseline reads 400 MB of text. */
  queryCount?: number;
}

/** The naive alternative: every article's text in memory, lower-cased, scanned for every word. */
function linearScan(texts: readonly string[], query: string): number {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  let hits = 0;
  for (const text of texts) if (words.every((w) => text.includes(w))) hits++;
  return hits;
}

/** Reads and parses every live article: the floor under any index build, and the texts for the baselines. */
async function readAll(store: ArticleStore): Promise<FieldTexts[]> {
  const source = storeArticleSource(store);
  const ids = store.list('live').map((e) => e.id);
  const out: FieldTexts[] = [];
  for (let i = 0; i < ids.length; i += 64) {
    const batch = await Promise.all(ids.slice(i, i + 64).map((id) => source.read(id)));
    for (const article of batch) if (article) out.push(fieldTextsOf(article));
  }
  return out;
}

async function warmFileCache(store: ArticleStore): Promise<void> {
  const ids = store.list('live').map((e) => e.id);
  for (let i = 0; i < ids.length; i += 64)
    await Promise.all(ids.slice(i, i + 64).map((id) => readFile(store.layout.articleFile(id)).catch(() => null)));
}

export async function searchRows(dir: string, options: SearchBenchOptions): Promise<Row[]> {
  const { label, targets } = options;
  const store = await ArticleStore.open(dir);
  const rows: Row[] = [];
  // The worker's log says when it caught up or rebuilt instead of loading: the start-up rows note it.
  const logs: string[] = [];
  const open = () => SearchService.open({ dataDir: dir, source: store, spawn: options.spawn, log: (m) => logs.push(m) });
  try {
    await rm(searchIndexPath(dir), { force: true });
    // Files into the OS cache as raw bytes (off the JS heap): the texts the baselines need are read
    // after the build, so a heap of 10,000 parsed articles cannot put collector pauses into its rows.
    await warmFileCache(store);

    // The main thread during a first start: its longest block, against an idle stretch of the same length.
    const started = performance.now();
    const monitor = lagMonitor();
    const search = open();
    await search.ready;
    const buildMs = performance.now() - started;
    const busy = monitor.stop().longestMs;
    const idleMonitor = lagMonitor();
    await new Promise((r) => setTimeout(r, Math.min(buildMs, 5000)));
    const idle = idleMonitor.stop().longestMs;
    let documents: FieldTexts[] = [];
    const readMs = await timeIt(async () => (documents = await readAll(store)));
    rows.push({
      name: `first start, no index: build over ${label}`,
      value: buildMs,
      unit: 'ms',
      baseline: { name: 'read+parse every article', value: readMs },
      ...(targets.build ? { target: targets.build } : {}),
    });
    rows.push({
      name: `main thread's longest block during that build`,
      value: busy,
      unit: 'ms',
      baseline: { name: 'idle main thread, same span', value: idle },
      ...(targets.block ? { target: targets.block } : {}),
    });
    await search.close();

    let again: SearchService | null = null;
    logs.length = 0;
    const reloads = await interleaved(
      RELOADS,
      async () => {
        again = open();
        await again.ready;
      },
      () => readFile(searchIndexPath(dir)),
      // Closed after the clock stops: a start is measured to ready, as the app sees it.
      async () => {
        await again?.close();
        again = null;
      },
    );
    const reloadLogs = logs.filter((m) => /catching up|rebuilding|failed/i.test(m));
    const bytes = (await readFile(searchIndexPath(dir))).length;
    rows.push({
      name: `later start: start the worker, load the index (${label})`,
      value: median(reloads.measured),
      unit: 'ms',
      baseline: { name: 'readFile of the index', value: median(reloads.baseline) },
      note: `search-index.bin ${(bytes / 1e6).toFixed(1)} MB${reloadLogs.length > 0 ? `; the worker said: ${reloadLogs.join(' / ')}` : ''}`,
      ...(targets.load ? { target: targets.load } : {}),
    });

    const index = open();
    await index.ready;
    const texts = documents.map((d) => `${d.headline}\n${d.standfirst}\n${d.body}\n${d.meta}`.toLowerCase());
    const fts = options.compareEngines ? await FtsEngine.open() : null;
    const ftsBuildMs = fts ? await timeIt(() => fts.add(documents)) : 0;
    documents = [];
    const queries = benchQueries(7, options.queryCount);
    const ours: number[] = [];
    const scan: number[] = [];
    const sqlite: number[] = [];
    for (const query of queries) {
      scan.push(await timeIt(() => linearScan(texts, query)));
      ours.push(await timeIt(() => index.search(query, { limit: PAGE, snippets: SCREENFUL })));
      if (fts) sqlite.push(await timeIt(() => fts.search(query, PAGE, SCREENFUL)));
    }
    const scanRow = { name: 'linear scan p95', value: p95(scan) };
    rows.push({
      name: `search p95, ${queries.length} queries over ${label} (top ${PAGE}, ${SCREENFUL} snippets)`,
      value: p95(ours),
      unit: 'ms',
      baseline: scanRow,
      note: `median ${median(ours).toFixed(2)} ms`,
      ...(targets.query ? { target: targets.query } : {}),
    });
    if (fts) {
      rows.push({
        name: `… SQLite FTS5 ${fts.version} (wasm), same queries and page`,
        value: p95(sqlite),
        unit: 'ms',
        baseline: scanRow,
        note: `median ${median(sqlite).toFixed(2)} ms; no typo matching; build ${(ftsBuildMs / 1000).toFixed(1)} s; ${(fts.bytes() / 1e6).toFixed(0)} MB`,
      });
      fts.close();
    }
    // What the library itself asks: every hit (it counts, filters and sorts them), the first screenful
    // with snippets. Other queries than the row above, so its snippets are not already cached.
    const asked = benchQueries(8, options.queryCount);
    let hits = 0;
    const whole = await interleaved(
      asked.length,
      async (i) => (hits += (await index.search(asked[i]!, { limit: ALL_HITS, snippets: SCREENFUL })).ids.length),
      (i) => linearScan(texts, asked[i]!),
    );
    rows.push({
      name: `… as the library asks: every hit (up to ${ALL_HITS.toLocaleString('en')}), ${SCREENFUL} snippets`,
      value: p95(whole.measured),
      unit: 'ms',
      baseline: { name: 'linear scan p95', value: p95(whole.baseline) },
      note: `median ${median(whole.measured).toFixed(2)} ms; ${Math.round(hits / asked.length)} hits a query on average`,
    });

    const article = await saveTarget(store);
    const updates = await interleaved(
      UPDATE_RUNS,
      (i) =>
        index.upsert({ ...article, updatedAt: new Date(Date.parse(article.updatedAt) + i + 1).toISOString(), standfirst: `Edit ${i}` }),
      () => tokenize(Object.values(fieldTextsOf(article)).join('\n')),
    );
    rows.push({
      name: 'index update after one save (2,000 words, round trip)',
      value: median(updates.measured),
      unit: 'ms',
      baseline: { name: 'tokenizing its text', value: median(updates.baseline) },
      note: `p95 ${p95(updates.measured).toFixed(2)} ms`,
      ...(targets.update ? { target: targets.update } : {}),
    });
    await index.close();
  } finally {
    await store.close();
  }
  return rows;
}
