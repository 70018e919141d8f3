import { rm, stat } from 'node:fs/promises';
import { ArticleStore } from '../backend/store/articleStore';
import { storeArticleSource } from '../backend/search/articleSource';
import { fieldTextsOf } from '../backend/search/articleTexts';
import { searchIndexPath } from '../backend/search/indexFile';
import { SearchIndex } from '../backend/search/searchIndex';
import { KNOWN_PHRASE, personName, Rng } from '../testing/library/articleGenerator';
import { saveTarget } from './benchLibrary';
import { lagMonitor, median, p95, timeIt, type Row } from './stats';
import { ADJECTIVES, NOUNS, TAGS, VERBS } from '../testing/library/wordBank';

const QUERY_COUNT = 200;
const UPDATE_RUNS = 40;

/** 200 queries as a desk types them: words, pairs, names, half-typed words and typos. */
export function benchQueries(seed = 7): string[] {
  const rng = new Rng(seed);
  const word = () => rng.pick([...NOUNS, ...VERBS, ...ADJECTIVES]).replace(/-/g, ' ');
  const typo = (w: string) => {
    const i = rng.int(1, Math.max(1, w.length - 2));
    return w.length < 5 ? w : `${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}`;
  };
  return Array.from({ length: QUERY_COUNT }, (_, i) => {
    switch (i % 8) {
      case 0:
      case 1:
        return word();
      case 2:
        return `${word()} ${word()}`;
      case 3:
        return personName(rng).split(' ')[1]!;
      case 4:
        return word().slice(0, rng.int(3, 5));
      case 5:
        return typo(word());
      case 6:
        return `${rng.pick(TAGS).replace(/-/g, ' ')} ${word()}`;
      default:
        return i === 7 ? KNOWN_PHRASE : `${word()} ${word()} ${word()}`;
    }
  });
}

/** The naive alternative: every article's text in memory, lower-cased, scanned for every word. */
function linearScan(texts: readonly string[], query: string): number {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  let hits = 0;
  for (const text of texts) if (words.every((w) => text.includes(w))) hits++;
  return hits;
}

export async function searchRows(dir: string): Promise<Row[]> {
  const store = await ArticleStore.open(dir);
  const source = storeArticleSource(store);
  const rows: Row[] = [];
  try {
    const count = store.list().length;
    await rm(searchIndexPath(dir), { force: true });
    const monitor = lagMonitor();
    const started = performance.now();
    const search = SearchIndex.open({ dataDir: dir, source, log: () => undefined });
    await search.ready;
    const buildMs = performance.now() - started;
    const { longestMs } = monitor.stop();
    rows.push({ name: `first start, no index: build over ${count}`, value: buildMs, unit: 'ms', target: '≤ 5 s', pass: buildMs <= 5000, note: `longest event-loop block ${longestMs.toFixed(1)} ms` });

    await search.close();
    const bytes = (await stat(searchIndexPath(dir))).size;
    const loads: number[] = [];
    let reopened: SearchIndex | undefined;
    for (let i = 0; i < 3; i++) {
      if (reopened) await reopened.close();
      const opening = SearchIndex.open({ dataDir: dir, source, log: () => undefined });
      loads.push(await timeIt(() => opening.ready));
      reopened = opening;
    }
    const index = reopened!;
    rows.push({ name: 'later start: load the persisted index', value: median(loads), unit: 'ms', note: `search-index.json ${(bytes / 1e6).toFixed(1)} MB` });

    const texts: string[] = [];
    for (const entry of store.list()) {
      const article = await source.read(entry.id);
      if (article) texts.push(Object.values(fieldTextsOf(article)).join('\n').toLowerCase());
    }
    const queries = benchQueries();
    const measured: number[] = [];
    const ranking: number[] = [];
    const baseline: number[] = [];
    for (const query of queries) {
      baseline.push(await timeIt(() => linearScan(texts, query)));
      measured.push(await timeIt(() => index.search(query, { limit: 50, snippets: 20 })));
      ranking.push(await timeIt(() => index.search(query, { limit: 50, snippets: 0 })));
    }
    rows.push({
      name: `search, p95 of ${queries.length} queries over ${count} (top 50, 20 snippets)`,
      value: p95(measured),
      unit: 'ms',
      baseline: { name: 'linear scan p95', value: p95(baseline) },
      target: '≤ 20 ms',
      pass: p95(measured) <= 20,
      note: `median ${median(measured).toFixed(2)} ms; ranking alone p95 ${p95(ranking).toFixed(2)} ms`,
    });

    const target = await saveTarget(store);
    const updates: number[] = [];
    for (let i = 0; i < UPDATE_RUNS; i++) {
      const article = { ...target, updatedAt: new Date(Date.parse(target.updatedAt) + i + 1).toISOString(), standfirst: `Edit ${i}` };
      updates.push(await timeIt(() => index.upsert(article)));
    }
    rows.push({ name: 'index update after one save (2,000 words)', value: median(updates), unit: 'ms', target: '≤ 5 ms', pass: median(updates) <= 5, note: `p95 ${p95(updates).toFixed(2)} ms` });
    await index.close();
  } finally {
    await store.close();
  }
  return rows;
}
