/**
 * Backend benchmarks: tsx bench/run.ts [--check] [--count 10000] [--only save|open|search|export|checks]
 * Prints one line per row: the median (or p95 where stated), its baseline measured in the same process
 * and the ratio. Never fails unless --check is given, and then only for a missed target.
 * The renderer rows are in bench/renderer.ts (they need `npm run build`).
 */
import { parseArgs } from 'node:util';
import { ensureLibrary } from './benchLibrary';
import { searchRows } from './searchBench';
import { formatRow, machine, type Row } from './stats';
import { openRow, saveRows } from './storeBench';
import { exportRows } from './exportBench';
import { reviewRows } from './reviewBench';
import { checkRows, findAllRow } from './checksBench';
import { deskRows } from './deskBench';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    count: { type: 'string', default: '10000' },
    only: { type: 'string' },
    'desk-seconds': { type: 'string', default: '60' },
  },
});
const count = Number(values.count);
const print = (line: string) => console.log(line);

print(`Machine: ${machine()}`);
const started = performance.now();
const big = await ensureLibrary(count, print);
const small = await ensureLibrary(100, print);

const rows: Row[] = [];
/** --only save|open|search runs one group, for working on it. */
const run = async (group: string, make: () => Promise<Row | Row[]>) => {
  if (values.only && values.only !== group) return;
  const made = await make();
  for (const row of Array.isArray(made) ? made : [made]) {
    rows.push(row);
    print(formatRow(row));
  }
};

await run('save', () => saveRows(big, small));
await run('open', () => openRow(big));
await run('search', () => searchRows(big));

await run('export', () => exportRows());
await run('review', () => reviewRows());
await run('checks', async () => [...(await checkRows()), await findAllRow(big)]);
await run('desk', () => deskRows(Number(values['desk-seconds'])));

print(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s. ${machine()}`);
const missed = rows.filter((r) => r.pass === false);
if (missed.length > 0) print(`Missed targets: ${missed.map((r) => r.name).join('; ')}`);
if (values.check && missed.length > 0) process.exit(1);
