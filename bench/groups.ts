import type { Worker } from 'node:worker_threads';
import { ensureLibrary } from './benchLibrary';
import { checkRows, findAllRow } from './checksBench';
import { checksTypingRows } from './checksTypingBench';
import { libraryFindRows } from './libraryFindBench';
import { deskRows } from './deskBench';
import { deskTypingRows } from './deskTypingBench';
import { exportRows } from './exportBench';
import { rendererRows } from './renderer';
import { reviewRows } from './reviewBench';
import type { Row } from './row';
import { searchRows } from './searchBench';
import { openRow, saveGrowthRow, saveRow } from './storeBench';

export interface BenchContext {
  /** The main library's size (10,000 unless --count says otherwise) and the scale rows' (50,000; 0 skips them). */
  count: number;
  hugeCount: number;
  /** A seeded library of `count` articles, made once and reused (bench/.data). */
  library(count: number): Promise<string>;
  spawnSearchWorker: () => Worker;
}

/**
 * Every group of rows `npm run bench` runs, in order. To add rows, add a group here: a name for
 * `--only` and a function returning rows with their baselines and targets (see row.ts). The runner
 * records the load around each group, judges the rows and writes them all to bench/RESULTS.md.
 */
export interface BenchGroup {
  name: string;
  rows(context: BenchContext): Promise<Row[]>;
}

const label = (n: number) => n.toLocaleString('en-GB');

export const GROUPS: BenchGroup[] = [
  {
    name: 'save',
    rows: async (c) => [await saveRow(await c.library(c.count)), await saveGrowthRow(await c.library(c.count), await c.library(100))],
  },
  { name: 'open', rows: async (c) => [await openRow(await c.library(c.count), { max: 100 })] },
  {
    name: 'search',
    rows: async (c) =>
      searchRows(await c.library(c.count), {
        label: label(c.count),
        spawn: c.spawnSearchWorker,
        compareEngines: true,
        targets: { build: { max: 5000 }, block: { max: 16 }, load: { max: 300 }, query: { max: 20, maxRatio: 0.15 }, update: { max: 5 } },
      }),
  },
  { name: 'export', rows: () => exportRows() },
  { name: 'review', rows: () => reviewRows() },
  { name: 'desk', rows: () => deskRows(60) },
  { name: 'desk-typing', rows: () => deskTypingRows() },
  { name: 'checks', rows: async (c) => [...(await checkRows()), await findAllRow(await c.library(c.count))] },
  { name: 'library-find', rows: async (c) => libraryFindRows(await c.library(c.count)) },
  { name: 'renderer', rows: async (c) => rendererRows(await c.library(c.count)) },
  { name: 'checks-typing', rows: () => checksTypingRows() },
  {
    name: 'scale',
    rows: async (c) => {
      if (c.hugeCount === 0) return [];
      const huge = await c.library(c.hugeCount);
      const big = await c.library(c.count);
      return [
        await saveGrowthRow(huge, big),
        await openRow(huge),
        ...(await searchRows(huge, {
          label: label(c.hugeCount),
          spawn: c.spawnSearchWorker,
          compareEngines: false,
          queryCount: 100,
          targets: { block: { max: 16 }, query: { max: 40 } },
        })),
      ];
    },
  },
];

export const libraryOf = (log: (line: string) => void) => (count: number) => ensureLibrary(count, log);
