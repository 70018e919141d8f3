/**
 * The benchmarks: `npm run bench` (builds the renderer, then runs this), `npm run bench -- --check`
 * (exit 1 when a judged row misses its target). A row is judged only when other work, the load outside
 * the bench's own process tree (otherLoad.ts), stayed at or below 1.5 over its group. Options: --only
 * save,search (groups from groups.ts), --count 10000 (the main library), --huge 50000 (the scale rows;
 * 0 skips them), --no-write. A full run writes bench/RESULTS.md; a run with --only prints its rows and
 * writes nothing.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GROUPS, libraryOf, type BenchContext } from './groups';
import { writeResults, type RunRecord } from './results';
import { currentLoad, formatRow, MAX_JUDGED_LOAD, verdictOf } from './row';
import { loadText, machine } from './stats';
import { startLoadSampler } from './loadSampler';
import { bundledSearchWorker } from './workerBundle';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    count: { type: 'string', default: '10000' },
    huge: { type: 'string', default: '50000' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((name) => !GROUPS.some((g) => g.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`No bench group named ${unknown.join(', ')}; the groups are ${GROUPS.map((g) => g.name).join(', ')}.`);
  process.exit(2);
}

const print = (line: string) => console.log(line);
const record: RunRecord = { machine: machine(), startedAt: new Date(), seconds: 0, loadBefore: loadText(), loadAfter: '', groups: [] };
print(`Machine: ${record.machine}`);
print(`Load average before: ${record.loadBefore}`);
const context: BenchContext = {
  count: Number(values.count),
  hugeCount: Number(values.huge),
  library: libraryOf(print),
  spawnSearchWorker: await bundledSearchWorker(),
};

// Other work's load per group, judged instead of the load average, which counts the bench itself.
const sampler = startLoadSampler();
if (!sampler) print('No /proc here: rows are judged on the one-minute load average, which counts the bench itself.');
const started = performance.now();
const failed: string[] = [];
for (const group of GROUPS) {
  if (only && !only.includes(group.name)) continue;
  print(`— ${group.name}`);
  const before = currentLoad();
  const loadWindow = sampler?.window();
  let rows: Awaited<ReturnType<typeof group.rows>> = [];
  try {
    rows = await group.rows(context);
  } catch (error) {
    // One broken group must not hide the others' rows; the run still fails at the end.
    failed.push(`${group.name}: ${(error as Error).message.split('\n')[0]}`);
    print(`Group ${group.name} failed: ${(error as Error).stack ?? String(error)}`);
  }
  const after = currentLoad();
  const other = await loadWindow?.end();
  for (const row of rows) {
    row.load = [before, after];
    if (other) row.otherLoad = other.mean;
    print(formatRow(row));
  }
  record.groups.push({ name: group.name, rows });
}
record.seconds = (performance.now() - started) / 1000;
await sampler?.close();
record.loadAfter = loadText();
print(`Done in ${record.seconds.toFixed(0)} s. Load average after: ${record.loadAfter}`);

const rows = record.groups.flatMap((g) => g.rows);
const missed = rows.filter((r) => verdictOf(r) === 'MISSED');
const unjudged = rows.filter((r) => verdictOf(r) === 'not judged');
if (missed.length > 0) print(`Missed targets: ${missed.map((r) => r.name).join('; ')}`);
if (unjudged.length > 0)
  print(
    `${unjudged.length} rows with targets were measured while other work loaded the machine above ${MAX_JUDGED_LOAD} and are not judged; run again on a quieter machine.`,
  );
record.failed = failed;
if (!only && !values['no-write']) {
  const path = resolve(import.meta.dirname, 'RESULTS.md');
  await writeResults(path, record);
  print(`Wrote ${path}`);
}
if (failed.length > 0) print(`Groups that failed: ${failed.join('; ')}`);
if (failed.length > 0 || (values.check && missed.length > 0)) process.exit(1);
