/**
 * `tsx scripts/crashTest.ts [--iterations N] [--runner bundle|tsx] [--keep] [--sabotage]`: kills a
 * saving Copydesk with SIGKILL at random moments, N times on one growing library, and checks after each
 * kill that nothing acknowledged was lost and nothing on disk is torn. Prints
 * `crash test: N kills, X corrupt, Y lost` and exits non-zero when X + Y > 0. `--sabotage` builds the
 * worker with a plain truncate-then-write in place of writeFileDurably, to show the check catches it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ArticleSchema, type Article } from '../core/article/schema';
import { indexEntryOf } from '../core/library/indexEntry';
import { isTempFileName } from '../backend/store/durableWrite';
import { ArticleStore } from '../backend/store/articleStore';
import { contentHash, type LogRecord } from './crashWorker';

const WORKER = resolve(import.meta.dirname, 'crashWorker.ts');
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const iterations = Number(arg('--iterations') ?? 200);
const runner = arg('--runner') ?? 'bundle';
const keep = process.argv.includes('--keep');
const sabotage = process.argv.includes('--sabotage');

interface Known {
  hash: string;
  updatedAt: string;
}

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
  await build({ entryPoints: [WORKER], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', plugins: sabotage ? [tornWrites] : [] });
  return [outfile];
}

/** Starts the worker and SIGKILLs it 20–300 ms after it reports the store open (one run in seven: after spawn, to cut into the open itself). */
function runAndKill(command: string[], dataDir: string, log: string, seed: number): Promise<{ stderr: string; killedBeforeReady: boolean; exitedByItself: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...command, '--data', dataDir, '--log', log, '--seed', String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
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

/** Parsed JSON, or null for a file that is missing, torn or empty. */
async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return null;
  }
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

/** Checks the library against what was known before this run plus this run's log; updates `known`. */
async function verify(dataDir: string, log: LogRecord[], known: Map<string, Known>, seenQuarantine: Set<string>, problems: string[]): Promise<{ corrupt: number; lost: number }> {
  const counts = { corrupt: 0, lost: 0 };
  const fail = (kind: 'corrupt' | 'lost', problem: string) => {
    counts[kind] += 1;
    problems.push(problem);
  };
  const acked = new Map(known);
  let inflight: { id: string; hash: string } | null = null;
  for (const r of log) {
    if (r.t === 'ack') {
      acked.set(r.id, { hash: r.hash, updatedAt: r.updatedAt });
      inflight = null;
    } else inflight = { id: r.id, hash: r.hash };
  }
  const files = new Map<string, Article>();
  // A kill during the very first start can come before the store made its folders: that is an empty
  // library, and any article acknowledged by then is still reported as lost below.
  const names = await readdir(join(dataDir, 'articles')).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  for (const name of names) {
    if (isTempFileName(name)) continue;
    const id = name.replace(/\.json$/, '');
    const parsed = ArticleSchema.safeParse(await readJson(join(dataDir, 'articles', name)));
    if (parsed.success && parsed.data.id === id) files.set(id, parsed.data);
    else fail('corrupt', `${name}: does not parse or validate`);
  }
  const hashes = new Map([...files].map(([id, file]) => [id, contentHash(file)]));
  for (const [id, expected] of acked) {
    const file = files.get(id);
    const hash = hashes.get(id);
    if (!file || !hash) {
      fail('lost', `${id}: acknowledged but missing`);
      continue;
    }
    if (hash === expected.hash && file.updatedAt === expected.updatedAt) continue;
    if (inflight?.id === id && hash === inflight.hash && file.updatedAt > expected.updatedAt) continue;
    if (file.updatedAt < expected.updatedAt) fail('lost', `${id}: older than its last acknowledged save`);
    else fail('corrupt', `${id}: matches neither its last acknowledged save nor the one in flight`);
  }
  for (const id of files.keys()) {
    if (acked.has(id)) continue;
    if (inflight?.id === id && hashes.get(id) === inflight.hash) continue;
    fail('corrupt', `${id}: a file nobody saved`);
  }
  // Revision files the worker touched this run must be whole too.
  for (const id of new Set(log.map((r) => r.id))) {
    const dir = join(dataDir, 'revisions', id);
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (isTempFileName(name)) continue;
      const json = (await readJson(join(dir, name))) as { revisions?: unknown; revision?: { revisionId?: string }; article?: { id?: string } } | null;
      const ok = name === 'index.json' ? Array.isArray(json?.revisions) : json?.revision?.revisionId === name.replace(/\.json$/, '') && json?.article?.id === id;
      if (!ok) fail('corrupt', `revisions/${id}/${name}: torn or wrong`);
    }
  }
  // Reopen as the CLI would: the worker's lock is stale, its open marker forces a rebuild of the index.
  const store = await ArticleStore.open(dataDir, { lock: 'cli' });
  try {
    const entries = new Map(store.list().map((e) => [e.id, e]));
    if (entries.size !== files.size) fail('corrupt', `index has ${entries.size} articles, the folder ${files.size}`);
    for (const [id, file] of files) {
      if (JSON.stringify(entries.get(id)) !== JSON.stringify(indexEntryOf(file))) fail('corrupt', `${id}: index entry disagrees with the file`);
    }
    for (const id of new Set(log.map((r) => r.id))) {
      if (!files.has(id)) continue;
      for (const r of await store.listRevisions(id)) {
        await store.getRevision(id, r.revisionId).catch((error: Error) => fail('corrupt', `${id}: version ${r.revisionId} does not open: ${error.message}`));
      }
    }
    const quarantined = (await store.quarantined()).filter((q) => !seenQuarantine.has(q.file));
    for (const q of quarantined) seenQuarantine.add(q.file);
    for (const q of quarantined) fail('corrupt', `quarantined: ${q.originalPath} (${q.reason})`);
  } finally {
    await store.close();
  }
  known.clear();
  for (const [id, file] of files) known.set(id, { hash: hashes.get(id)!, updatedAt: file.updatedAt });
  return counts;
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'copydesk-crash-'));
  const dataDir = join(workDir, 'library');
  const started = Date.now();
  const command = await workerCommand(workDir);
  const known = new Map<string, Known>();
  const seenQuarantine = new Set<string>();
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
    const result = await verify(dataDir, log, known, seenQuarantine, problems);
    corrupt += result.corrupt;
    lost += result.lost;
    for (const p of problems) console.error(`run ${i}: ${p}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const where = keep ? dataDir : 'a removed temp dir';
  console.error(`(${saves} acknowledged saves, ${known.size} articles, ${earlyKills} kills during start-up; ${seconds} s, of which ${(workerMs / 1000).toFixed(1)} s in workers; data in ${where})`);
  console.log(`crash test: ${kills} kills, ${corrupt} corrupt, ${lost} lost`);
  if (!keep) await rm(workDir, { recursive: true, force: true });
  process.exitCode = corrupt + lost > 0 ? 1 : 0;
}

await main();
