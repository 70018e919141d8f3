import type { ChildProcess } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { fieldRoot } from '../core/desk/articleDoc';
import { DeskSync } from '../backend/desk/deskSync';
import { NodeWebSocket } from '../backend/desk/nodeWebSocket';
import { ArticleStore } from '../backend/store/articleStore';
import { SqliteDeskStore } from '../desk/store/sqliteStore';
import { hashToken, newToken } from '../desk/tokens';
import { freePort, startDesk, startRedis, stopProcess } from '../testing/desk/deskCluster';
import { openDocument, openSocket, whenDoc, type OpenDocument } from '../testing/desk/deskConnection';
import { seedStore } from '../testing/library/seedStore';
import type { Row } from './row';
import { interleaved, median, p95 } from './stats';

const ARTICLE = 'article:0d5e5c1e-2b8e-4c43-9d1a-6f3e8d2a7b10';

/** CPU seconds and resident memory of a process, from /proc (Linux). */
async function processUsage(pid: number): Promise<{ cpuSeconds: number; rssMb: number }> {
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = /VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpuSeconds: ticks / 100, rssMb: Number(rss ?? 0) / 1024 };
}

const share = (doc: Y.Doc) =>
  doc.transact(() => {
    doc.getMap('meta').set('createdAt', new Date().toISOString());
    doc.getMap('meta').set('status', 'draft');
  });

/**
 * The desk rows: Redis and two desk servers (child processes, so their CPU and memory are their own),
 * clients in this process. `typingSeconds` is the 50-client run's length (60 in the issue).
 */
export async function deskRows(typingSeconds: number): Promise<Row[]> {
  const work = await mkdtemp(join(tmpdir(), 'copydesk-desk-bench-'));
  const children: ChildProcess[] = [];
  const open: OpenDocument[] = [];
  const rows: Row[] = [];
  try {
    const db = join(work, 'desk.sqlite');
    const users = new SqliteDeskStore(db);
    const tokens: string[] = [];
    for (let i = 0; i < 52; i++) {
      tokens.push(newToken());
      await users.addUser({ name: `user${i}`, role: 'chief', readOnly: false, createdAt: new Date().toISOString() }, hashToken(tokens[i]!));
    }
    await users.close();
    const [redisPort, port1, port2] = [await freePort(), await freePort(), await freePort()];
    children.push(await startRedis(redisPort));
    const s1 = await startDesk(port1, `sqlite:${db}`, redisPort, 'one');
    const s2 = await startDesk(port2, `sqlite:${db}`, redisPort, 'two');
    children.push(s1, s2);
    const [url1, url2] = [`ws://127.0.0.1:${port1}`, `ws://127.0.0.1:${port2}`];

    // 1. An edit on a client of one server, seen by a client of the other (baseline: both on one server).
    const writer = await openDocument(openSocket(url1), ARTICLE, tokens[0]!);
    open.push(writer);
    share(writer.doc);
    const far = await openDocument(openSocket(url2), ARTICLE, tokens[1]!);
    const near = await openDocument(openSocket(url1), ARTICLE, tokens[1]!);
    open.push(far, near);
    const text = writer.doc.getText(fieldRoot('standfirst'));
    const seenBy = async (reader: OpenDocument) => {
      const length = text.length + 1;
      const seen = whenDoc(reader.doc, () => reader.doc.getText(fieldRoot('standfirst')).length >= length);
      text.insert(text.length, 'x');
      await seen;
    };
    await whenDoc(far.doc, () => far.doc.getMap('meta').has('status'));
    const latency = await interleaved(
      200,
      () => seenBy(far),
      () => seenBy(near),
    );
    rows.push({
      name: 'desk: edit seen on the other server, p95',
      value: p95(latency.measured),
      unit: 'ms',
      baseline: { name: 'same server p95', value: p95(latency.baseline) },
      target: { max: 100 },
      note: `median ${median(latency.measured).toFixed(1)} ms, 200 edits`,
    });
    for (const doc of open.splice(0)) doc.close();

    // 2. 50 clients typing into one article, half on each server.
    const typists: OpenDocument[] = [];
    for (let i = 0; i < 50; i++)
      typists.push(await openDocument(openSocket(i % 2 ? url2 : url1), 'article:7a1c0f1e-3c1d-4d4a-9a55-2f1e0b7c6d01', tokens[i + 2]!));
    open.push(...typists);
    share(typists[0]!.doc);
    const before = await Promise.all([s1, s2].map((s) => processUsage(s.pid!)));
    let sent = 0;
    const timers = typists.map((t, i) =>
      setInterval(() => {
        const body = t.doc.getText(fieldRoot('standfirst'));
        body.insert(Math.floor(Math.random() * (body.length + 1)), String.fromCharCode(97 + (i % 26)));
        sent += 1;
      }, 200),
    );
    await new Promise((r) => setTimeout(r, typingSeconds * 1000));
    timers.forEach(clearInterval);
    const stopped = performance.now();
    await Promise.all(typists.map((t) => whenDoc(t.doc, () => t.doc.getText(fieldRoot('standfirst')).length === sent, 60_000)));
    const convergeMs = performance.now() - stopped;
    const after = await Promise.all([s1, s2].map((s) => processUsage(s.pid!)));
    const cpu = after.reduce((n, u, i) => n + u.cpuSeconds - before[i]!.cpuSeconds, 0);
    rows.push({
      name: `desk: 50 clients typing ${typingSeconds} s, converged after`,
      value: convergeMs,
      unit: 'ms',
      note: `${sent} updates, 0 lost; servers: ${cpu.toFixed(1)} CPU s (${((cpu / typingSeconds) * 100).toFixed(0)}% of a core), RSS ${after.map((u) => u.rssMb.toFixed(0)).join(' + ')} MB`,
    });
    for (const doc of open.splice(0)) doc.close();

    // 3. First sync of a 1,000-article library to a new client; 4. a keystroke's cost, shared vs local.
    const a = join(work, 'a');
    await seedStore({ dataDir: a, count: 1000, longReads: 0 });
    const shareStarted = performance.now();
    await syncLibrary(a, url1, tokens[0]!);
    const shareMs = performance.now() - shareStarted;
    const received = NodeWebSocket.bytesReceived;
    const firstStarted = performance.now();
    await syncLibrary(join(work, 'b'), url2, tokens[1]!);
    const firstMs = performance.now() - firstStarted;
    rows.push({
      name: 'desk: first sync of 1,000 articles to a new client',
      value: firstMs,
      unit: 'ms',
      baseline: { name: 'sharing them from the first client', value: shareMs },
      target: { max: 30_000 },
      note: `${((NodeWebSocket.bytesReceived - received) / 1e6).toFixed(1)} MB received`,
    });
    rows.push(await keystrokeRow(a, url1, tokens[0]!));
  } finally {
    for (const doc of open) doc.close();
    for (const child of children) await stopProcess(child);
    await rm(work, { recursive: true, force: true });
  }
  return rows;
}

async function syncLibrary(dir: string, url: string, token: string): Promise<void> {
  const store = await ArticleStore.open(dir);
  const sync = await DeskSync.open(store, { url, token });
  try {
    sync.connect();
    await sync.whenSettled(300_000);
  } finally {
    await sync.close();
    await store.close();
  }
}

/**
 * What a keystroke costs the main process in a shared article, the way the editor binding sends it (a
 * one-character Yjs update applied to the replica and fsynced to its log), against a local article's
 * save (the store's durable write). The JSON path (`pushLocal`: a save diffed into the Y.Doc, used by
 * imports and `copydesk set`) is reported in the note.
 */
async function keystrokeRow(dir: string, url: string, token: string): Promise<Row> {
  const store = await ArticleStore.open(dir);
  const sync = await DeskSync.open(store, { url, token });
  try {
    sync.connect();
    const [shared, local] = store
      .list('live')
      .slice(0, 2)
      .map((e) => e.id);
    let localArticle = await store.get(local!);
    // The renderer's replica: a Y.Doc in step with the main one, producing one update per keystroke.
    const editor = new Y.Doc();
    await sync.applyEditorUpdate(shared!, new Uint8Array([0, 0]));
    const times = await interleaved(
      40,
      async () => {
        const headline = editor.getText(fieldRoot('headline'));
        let update: Uint8Array = new Uint8Array();
        const capture = (u: Uint8Array) => (update = u);
        editor.once('update', capture);
        headline.insert(headline.length, 's');
        await sync.applyEditorUpdate(shared!, update);
      },
      async () => {
        localArticle = { ...localArticle, headline: `${localArticle.headline}l` };
        localArticle = (await store.save(localArticle)).article;
      },
    );
    // The typed edits reach the article file with the next projection: the JSON path starts from them.
    await sync.whenSettled(60_000);
    let article = await store.get(shared!);
    const jsonPath: number[] = [];
    for (let i = 0; i < 20; i++) {
      article = { ...article, headline: `${article.headline}j` };
      const started = performance.now();
      await sync.pushLocal(article);
      jsonPath.push(performance.now() - started);
    }
    return {
      name: 'desk: keystroke in a shared article (main process)',
      value: median(times.measured),
      unit: 'ms',
      baseline: { name: 'local save', value: median(times.baseline) },
      target: { maxRatio: 1.2 },
      note: `Yjs update + fsynced replica log; a save diffed into the Y.Doc ${median(jsonPath).toFixed(1)} ms; the window side is the desk-typing row`,
    };
  } finally {
    await sync.close();
    await store.close();
  }
}
