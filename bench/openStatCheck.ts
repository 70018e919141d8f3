/**
 * `tsx bench/openStatCheck.ts [--count 10000] [--check]`: what issue 16's stat check costs a clean open.
 * A clean open now stats every article file (size, times, inode; synchronous stats in slices of 1,000) to
 * notice files changed behind the app's back. Rows, each with its baseline from the same run:
 * - open the library (open + list) at N: the store's open as the app does it, stat check included;
 *   baseline: reading and parsing library.json alone. Target ≤ 150 ms, the "open the library" target.
 * - the stat check alone at N; baseline: one readdir of articles/ (what the open did anyway).
 * - the longest event-loop stall during the open (no target: parsing the index is most of it).
 * The first open after upgrading reads every file once (its index has no stamps yet); it is reported
 * as a note, not a row, because it happens once per library.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleStore } from '../backend/store/articleStore';
import { stampsOf } from '../backend/store/scanArticles';
import { ensureLibrary } from './benchLibrary';
import { formatRow, verdictOf, type Row } from './row';
import { lagMonitor, machine, median } from './stats';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, count: { type: 'string', default: '10000' } } });
const count = Number(values.count);
const RUNS = 7;
const timeIt = async (run: () => Promise<unknown>) => {
  const t = performance.now();
  await run();
  return performance.now() - t;
};

console.log(`Machine: ${machine()}`);
const dir = await ensureLibrary(count, (l) => console.log(l));
// Settle the index (stamps written by a close) so each timed open is a clean one.
await (await ArticleStore.open(dir)).close();

const before: number[] = [];
const usable: number[] = [];
const verified: number[] = [];
const reads: number[] = [];
const stats: number[] = [];
const readdirs: number[] = [];
let stall = 0;
let listed = 0;
for (let i = 0; i < RUNS; i++) {
  reads.push(await timeIt(async () => JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))));
  let store: ArticleStore | null = null;
  // As the CLI opens: the check done before open returns.
  before.push(await timeIt(async () => (listed = (store = await ArticleStore.open(dir)).list().length)));
  await store!.close();
  // As the app opens: usable at once, the first list after the check (the listArticles handler waits for it).
  const lag = lagMonitor();
  const t = performance.now();
  store = await ArticleStore.open(dir, { verify: 'background' });
  usable.push(performance.now() - t);
  await store.verified;
  store.list();
  verified.push(performance.now() - t);
  stall = Math.max(stall, lag.stop().longestMs);
  await store.close();
  let files: string[] = [];
  readdirs.push(await timeIt(async () => (files = await readdir(join(dir, 'articles')))));
  stats.push(await timeIt(() => stampsOf(files.map((n) => join(dir, 'articles', n)))));
}

const baseline = { name: 'readFile+JSON.parse of library.json', value: median(reads) };
const rows: Row[] = [
  {
    name: `open the library as the app does (usable; stat check queued) at ${listed}`,
    value: median(usable),
    unit: 'ms',
    baseline,
    target: { max: 150 },
  },
  { name: `  … until the checked list at ${listed}`, value: median(verified), unit: 'ms', baseline },
  { name: `open + list with the check before open returns (CLI) at ${listed}`, value: median(before), unit: 'ms', baseline },
  {
    name: `stat check alone (${names(count)} stats in slices)`,
    value: median(stats),
    unit: 'ms',
    baseline: { name: 'readdir of articles/', value: median(readdirs) },
  },
  { name: 'longest event-loop stall during an app open (JSON.parse of the index included)', value: stall, unit: 'ms' },
];
for (const row of rows) console.log(formatRow(row));
const missed = rows.filter((r) => verdictOf(r) === 'MISSED');
if (missed.length > 0) console.log(`Missed targets: ${missed.map((r) => r.name).join('; ')}`);
if (values.check && missed.length > 0) process.exit(1);

function names(n: number): string {
  return n.toLocaleString('en');
}
