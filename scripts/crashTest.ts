/**
 * `tsx scripts/crashTest.ts [--iterations N] [--runner bundle|tsx] [--keep] [--sabotage]`: kills a
 * saving Copydesk with SIGKILL at random moments, N times on one growing library, and checks after each
 * kill that nothing acknowledged was lost and nothing on disk is torn. Prints
 * `crash test: N kills, X corrupt, Y lost` and exits non-zero when X + Y > 0. `--sabotage` builds the
 * worker with a plain truncate-then-write in place of writeFileDurably, to show the check catches it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LogRecord, Op } from './crashWorker';
import { emptyKnownState, verifyLibrary } from './crashVerify';

const WORKER = resolve(import.meta.dirname, 'crashWorker.ts');
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const iterations = Number(arg('--iterations') ?? 200);
const runner = arg('--runner') ?? 'bundle';
const keep = process.argv.includes('--keep');
const sabotage = process.argv.includes('--sabotage');

/**
 * The worker runs as one pre-bundled file: tsx would transpile its imports on every spawn (about
 * 0.55 s against 0.12 s here), which alone would eat most of the time budget over 200 kills.
 */
async function workerCommand(workDir: string): Promise<string[]> {
  const tsx = ['--import', 'tsx', WORKER];
  if (runner === 'tsx' && !sabotage) return tsx;
  // esbuild comes with vite and tsx; without it the test still runs, only slower.
  const esbuild = await import('esbuild').catch(() => null);
  if (!esbuild) {
    console.error('(esbuild not found: running the worker through tsx, about 0.4 s more per kill)');
    return tsx;
  }
  const { build } = esbuild;
  const outfile = join(workDir, 'crashWorker.mjs');
  const tornWrites = {
    name: 'torn-writes',
    setup(b: { onLoad(o: { filter: RegExp }, f: (a: { path: string }) => Promise<{ contents: string; loader: 'ts' }>): void }) {
      b.onLoad({ filter: /durableWrite\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const torn = `export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
          const { open } = await import('node:fs/promises');
          const handle = await open(path, 'w');
          const bytes = typeof data === 'string' ? Buffer.from(data) : data;
          for (let i = 0; i < bytes.length; i += 4096) await handle.write(bytes.subarray(i, i + 4096));
          await handle.close();
        }
        export async function __durable`;
        return { contents: source.replace('export async function writeFileDurably', torn), loader: 'ts' };
      });
    },
  };
  await build({
    entryPoints: [WORKER],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: sabotage ? [tornWrites] : [],
  });
  return [outfile];
}

/** Starts the worker and SIGKILLs it 20–300 ms after it reports the store open (one run in seven: after spawn, to cut into the open itself). */
function runAndKill(
  command: string[],
  dataDir: string,
  log: string,
  seed: number,
): Promise<{ stderr: string; killedBeforeReady: boolean; exitedByItself: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...command, '--data', dataDir, '--log', log, '--seed', String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let ready = false;
    let killed = false;
    const delay = 20 + Math.floor(Math.random() * 281);
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    if (Math.random() < 1 / 7) setTimeout(kill, delay);
    child.stdout.on('data', (chunk: Buffer) => {
      if (!ready && chunk.toString().includes('ready')) {
        ready = true;
        if (!killed) setTimeout(kill, delay);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('exit', () => done({ stderr, killedBeforeReady: !ready, exitedByItself: !killed }));
  });
}

function readLog(text: string): LogRecord[] {
  const records: LogRecord[] = [];
  // The kill can land mid-line: a torn last line is a record that was never written.
  for (const line of text.split('\n')) {
    try {
      records.push(JSON.parse(line) as LogRecord);
    } catch {
      // skip
    }
  }
  return records;
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'copydesk-crash-'));
  const dataDir = join(workDir, 'library');
  const started = Date.now();
  const command = await workerCommand(workDir);
  const known = emptyKnownState();
  // Which operation each kill cut short: every kind must be cut by some, or the run proves nothing about it.
  const cutShort = new Map<Op | 'nothing', number>();
  let corrupt = 0;
  let lost = 0;
  let kills = 0;
  let saves = 0;
  let earlyKills = 0;
  let workerMs = 0;
  for (let i = 1; i <= iterations; i += 1) {
    const logPath = join(workDir, `log-${i}.ndjson`);
    const spawned = Date.now();
    const run = await runAndKill(command, dataDir, logPath, i * 7919);
    workerMs += Date.now() - spawned;
    if (run.exitedByItself) {
      console.error(`run ${i}: the worker stopped on its own (library kept in ${dataDir}):\n${run.stderr}`);
      process.exit(2);
    }
    kills += 1;
    if (run.killedBeforeReady) earlyKills += 1;
    const log = readLog(await readFile(logPath, 'utf8').catch(() => ''));
    saves += log.filter((r) => r.t === 'ack').length;
    const problems: string[] = [];
    const result = await verifyLibrary(dataDir, log, known, problems);
    cutShort.set(result.cut ?? 'nothing', (cutShort.get(result.cut ?? 'nothing') ?? 0) + 1);
    corrupt += result.corrupt;
    lost += result.lost;
    for (const p of problems) console.error(`run ${i}: ${p}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const where = keep ? dataDir : 'a removed temp dir';
  const cuts = [...cutShort]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
  console.error(`(kills that cut an operation short: ${cuts})`);
  console.error(
    `(${saves} acknowledged operations, ${known.articles.size} articles, ${known.versions.size} named versions, ${earlyKills} kills during start-up; ${seconds} s, of which ${(workerMs / 1000).toFixed(1)} s in workers; data in ${where})`,
  );
  console.log(`crash test: ${kills} kills, ${corrupt} corrupt, ${lost} lost`);
  if (!keep) await rm(workDir, { recursive: true, force: true });
  process.exitCode = corrupt + lost > 0 ? 1 : 0;
}

await main();
