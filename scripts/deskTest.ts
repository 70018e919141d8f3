/**
 * `npm run test:desk`: Redis, two desk servers joined through it (one SQLite file), and three clients on
 * loopback: two in this process (the backend's DeskSync, as the app runs it) and the CLI in child
 * processes. Scenarios: offline edits to the same paragraph and to different fields merge; a server is
 * killed mid-sync and restarted; a client is killed with unsynced changes and restarted; wrong and
 * revoked tokens are refused; a reporter's publish is refused by the server. Every edit carries a
 * unique marker; at the end every marker must be in every client's copy and the exports identical.
 * Prints `desk test: 3 clients, 2 servers, N edits, 0 lost, converged` or exits non-zero.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../core/article/schema';
import { bodyPlainText } from '../core/text/bodyText';
import { runCli as runCliHere } from '../cli/main';
import { applyAssignment } from '../cli/setCommand';
import { DeskSync } from '../backend/desk/deskSync';
import { ArticleStore } from '../backend/store/articleStore';
import { freePort, runCli, spawnCli, startDesk, startRedis, stopProcess } from '../testing/desk/deskCluster';

const work = await mkdtemp(join(tmpdir(), 'copydesk-desk-test-'));
const db = `sqlite:${join(work, 'desk.sqlite')}`;
const dirs = { A: join(work, 'A'), B: join(work, 'B'), C: join(work, 'C'), D: join(work, 'D') };
const children: ChildProcess[] = [];
const markers: Array<{ id: string; marker: string }> = [];
const started = Date.now();

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`desk test failed: ${message}`);
}

/** The CLI in this process (same code, no start-up cost); `cliProcess` runs it as its own process. */
async function cli(args: string[], expectCode = 0): Promise<string> {
  let out = '';
  const code = await runCliHere(args, { out: (l) => (out += `${l}\n`), err: (l) => (out += `${l}\n`) });
  check(code === expectCode, `copydesk ${args.join(' ')} exited ${code} (expected ${expectCode}):\n${out}`);
  return out;
}

async function cliProcess(args: string[], expectCode = 0): Promise<string> {
  const result = await runCli(args);
  check(
    result.code === expectCode,
    `copydesk ${args.join(' ')} exited ${result.code} (expected ${expectCode}):\n${result.out}${result.err}`,
  );
  return result.out + result.err;
}

async function token(name: string, role: string): Promise<string> {
  return (await cli(['desk', 'user', 'add', name, '--role', role, '--db', db])).split('\n').find((l) => l.startsWith('cdk_'))!;
}

/** One sync of an in-process client, the way the app's backend runs it. */
async function sync(dir: string, url: string, tokenValue: string, during?: (s: DeskSync) => Promise<void>): Promise<void> {
  const store = await ArticleStore.open(dir);
  const desk = await DeskSync.open(store, { url, token: tokenValue });
  try {
    desk.connect();
    const settled = desk.whenSettled(60_000);
    if (during) await during(desk);
    await settled;
  } finally {
    await desk.close();
    await store.close();
  }
}

/** Edits fields of one article in a library (what `copydesk set` does), each change with a marker. */
async function edit(dir: string, id: string, ...assignments: string[]): Promise<void> {
  const store = await ArticleStore.open(dir);
  try {
    let article = await store.get(id);
    for (const a of assignments) {
      article = applyAssignment(article, a);
      const marker = /\b(m\d+)\b/.exec(a)?.[1];
      if (marker) markers.push({ id, marker });
    }
    await store.save(article);
  } finally {
    await store.close();
  }
}

let markerCount = 0;
const m = (): string => `m${++markerCount}`;

async function library(dir: string): Promise<Map<string, Article>> {
  const store = await ArticleStore.open(dir);
  try {
    const out = new Map<string, Article>();
    for (const entry of store.list('live')) out.set(entry.id, await store.get(entry.id));
    return out;
  } finally {
    await store.close();
  }
}

const comparable = (a: Article) => JSON.stringify({ ...a, updatedAt: '', slug: '' });
const articleText = (a: Article) => [a.headline, a.standfirst, a.byline, bodyPlainText(a.body)].join('\n');

try {
  const [redisPort, port1, port2] = [await freePort(), await freePort(), await freePort()];
  children.push(await startRedis(redisPort));
  const ada = await token('ada', 'chief');
  const bo = await token('bo', 'editor');
  const rita = await token('rita', 'reporter');
  const zed = await token('zed', 'editor');
  await cli(['desk', 'user', 'remove', 'zed', '--db', db]);
  let s1 = await startDesk(port1, db, redisPort, 'one');
  children.push(s1, await startDesk(port2, db, redisPort, 'two'));
  const url1 = `ws://127.0.0.1:${port1}`;
  const url2 = `ws://127.0.0.1:${port2}`;

  // A files three stories through server one; B (server two) and C (the CLI, server one) receive them.
  await writeFile(join(work, 'flood.txt'), 'Flood defences hold\n\nThe river rose overnight.\n\nCouncil staff worked until dawn.\n');
  await writeFile(join(work, 'budget.txt'), 'Budget passes\n\nThe vote was close.\n');
  await writeFile(join(work, 'match.txt'), 'Late winner\n\nThe home side scored in injury time.\n');
  await cli(['import', join(work, 'flood.txt'), join(work, 'budget.txt'), join(work, 'match.txt'), '--data', dirs.A]);
  await sync(dirs.A, url1, ada);
  await sync(dirs.B, url2, bo);
  await cliProcess(['sync', '--desk', url1, '--token', rita, '--data', dirs.C]);
  const ids = [...(await library(dirs.A)).keys()];
  check(ids.length === 3 && (await library(dirs.B)).size === 3 && (await library(dirs.C)).size === 3, 'every client has the three stories');
  const flood = [...(await library(dirs.A)).values()].find((a) => a.headline.startsWith('Flood'))!.id;

  // Offline, A and B edit the same paragraph and different fields of one story.
  await edit(dirs.A, flood, `paragraph.1=The river rose overnight ${m()}.`, `headline=Flood defences hold ${m()}`);
  await edit(dirs.B, flood, `paragraph.1=${m()} The river rose overnight.`, `standfirst=Residents relieved ${m()}`, `byline=Bo ${m()}`);
  for (const id of ids) await edit(dirs.A, id, `paragraph.2=Update ${m()}`);

  // A syncs through server one, which is killed mid-sync and restarted; B syncs through server two.
  await Promise.all([
    sync(dirs.A, url1, ada, async (desk) => {
      // Mid-sync: the socket is up and the documents are being exchanged.
      await new Promise<void>((resolve) => {
        const off = desk.onChange(() => {
          if (desk.status().online) {
            off();
            resolve();
          }
        });
      });
      await stopProcess(s1, 'SIGKILL');
      s1 = await startDesk(port1, db, redisPort, 'one');
      children.push(s1);
    }),
    sync(dirs.B, url2, bo),
  ]);

  // C is killed with an unsynced change (server one down, so its sync cannot finish), then restarted.
  await stopProcess(s1, 'SIGKILL');
  const dateline = m();
  markers.push({ id: flood, marker: dateline });
  await cli(['set', flood, `dateline=LONDON ${dateline}`, '--data', dirs.C]);
  const killed = spawnCli(['sync', '--desk', url1, '--token', rita, '--data', dirs.C, '--timeout', '60']);
  // Replica logs are kept per desk (backend/desk/deskFolders.ts), under the id the desk gave for url1.
  const deskIds = JSON.parse(await readFile(join(dirs.C, 'desk', 'desks.json'), 'utf8')) as Record<string, { id: string }>;
  const log = join(dirs.C, 'desk', 'desks', deskIds[url1]!.id, 'docs', `article_${flood}.ylog`);
  const before = existsSync(log) ? (await readFile(log)).length : 0;
  for (let i = 0; i < 200 && (existsSync(log) ? (await readFile(log)).length : 0) === before; i++)
    await new Promise((r) => setTimeout(r, 50));
  check((await readFile(log)).length > before, "C's unsynced change reached its replica log before the kill");
  await stopProcess(killed.child, 'SIGKILL');
  await killed.result;
  s1 = await startDesk(port1, db, redisPort, 'one');
  children.push(s1);
  await cliProcess(['sync', '--desk', url1, '--token', rita, '--data', dirs.C]);

  // Refusals: a wrong token and a revoked one sync nothing; a reporter cannot publish.
  await writeFile(join(work, 'secret.txt'), 'Not for the desk\n\nA draft.\n');
  await cli(['import', join(work, 'secret.txt'), '--data', dirs.D]);
  const wrong = await cli(['sync', '--desk', url2, '--token', `cdk_${'x'.repeat(43)}`, '--data', dirs.D], 1);
  check(/refused/.test(wrong), 'a wrong token is refused');
  check(/refused/.test(await cli(['sync', '--desk', url2, '--token', zed, '--data', dirs.D], 1)), 'a revoked token is refused');
  await cli(['set', flood, 'status=published', '--data', dirs.C]);
  check(
    /cannot publish/.test(await cliProcess(['sync', '--desk', url1, '--token', rita, '--data', dirs.C], 1)),
    "the server refuses a reporter's publish",
  );
  await cli(['set', flood, 'status=draft', '--data', dirs.C]);
  await cli(['sync', '--desk', url1, '--token', rita, '--data', dirs.C]);

  // Everyone syncs once more; all three must hold the same articles, every marker, the same export.
  await sync(dirs.A, url1, ada);
  await sync(dirs.B, url2, bo);
  await cliProcess(['sync', '--desk', url2, '--token', rita, '--data', dirs.C]);
  await sync(dirs.A, url1, ada);
  const libs = await Promise.all([dirs.A, dirs.B, dirs.C].map(library));
  check(
    libs.every((l) => l.size === 3),
    `every client has 3 articles (${libs.map((l) => l.size).join(', ')}): D's article never reached the desk`,
  );
  for (const id of ids) {
    const copies = libs.map((l) => l.get(id)!);
    check(
      copies.every((c) => comparable(c) === comparable(copies[0]!)),
      `article ${id} converged:\n${copies.map(comparable).join('\n')}`,
    );
    check(copies[0]!.status === 'draft', 'the refused publish never reached the desk');
  }
  const lost = markers.filter(({ id, marker }) => !new RegExp(`\\b${marker}\\b`).test(JSON.stringify(libs[0]!.get(id))));
  check(lost.length === 0, `lost edits: ${lost.map((l) => l.marker).join(', ')}`);
  const exports = await Promise.all(
    [dirs.A, dirs.B, dirs.C].map(async (dir, i) => {
      const out = join(work, `export-${i}`);
      await cli(['export', '--all', '--format', 'txt', '--out', out, '--data', dir]);
      const files = (await readdir(out)).sort();
      return (await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')))).join('\n---\n');
    }),
  );
  check(
    exports.every((e) => e === exports[0]),
    'the exported text is identical on the three clients',
  );
  check(articleText(libs[0]!.get(flood)!).includes('The river rose overnight'), 'the merged paragraph kept its text');
  console.log(
    `desk test: 3 clients, 2 servers, ${markers.length} edits, ${lost.length} lost, converged (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  for (const child of children) await stopProcess(child);
  if (!process.argv.includes('--keep')) await rm(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
