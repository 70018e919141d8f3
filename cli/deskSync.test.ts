import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDeskServer, type RunningDesk } from '../desk/server';
import { SqliteDeskStore } from '../desk/store/sqliteStore';
import { hashToken, newToken } from '../desk/tokens';
import { ArticleStore } from '../backend/store/articleStore';
import { DeskSync } from '../backend/desk/deskSync';
import { runCli } from './main';

let work: string;
let deskStore: SqliteDeskStore;
let desk: RunningDesk;
let token: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'copydesk-desksync-'));
  deskStore = new SqliteDeskStore(':memory:');
  token = newToken();
  await deskStore.addUser({ name: 'ada', role: 'chief', readOnly: false, createdAt: new Date().toISOString() }, hashToken(token));
  desk = await startDeskServer({ port: 0, store: deskStore, log: () => undefined });
});
afterEach(async () => {
  await desk.stop();
  await deskStore.close();
  await rm(work, { recursive: true, force: true });
});

async function syncOnce(dir: string, tokenValue = token): Promise<void> {
  const store = await ArticleStore.open(dir);
  const sync = await DeskSync.open(store, { url: desk.url, token: tokenValue });
  try {
    sync.connect();
    await sync.whenSettled(10_000);
  } finally {
    await sync.close();
    await store.close();
  }
}

async function withStore<T>(dir: string, run: (store: ArticleStore) => Promise<T>): Promise<T> {
  const store = await ArticleStore.open(dir);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

describe('desk sync', () => {
  it('brings an article to a second library with the same id, and trashing travels', async () => {
    const [a, b] = [join(work, 'a'), join(work, 'b')];
    const created = await withStore(a, (s) => s.create({ headline: 'Budget passes' }));
    await syncOnce(a);
    await syncOnce(b);
    expect(await withStore(b, (s) => s.get(created.id))).toMatchObject({ headline: 'Budget passes', createdAt: created.createdAt });
    await withStore(a, (s) => s.trash(created.id));
    await syncOnce(a);
    await syncOnce(b);
    expect(await withStore(b, async (s) => s.list('trash').map((e) => e.id))).toEqual([created.id]);
  });

  it('keeps and flags an article trashed elsewhere while edited offline', async () => {
    const [a, b] = [join(work, 'a'), join(work, 'b')];
    const created = await withStore(a, (s) => s.create({ headline: 'Budget passes' }));
    await syncOnce(a);
    await syncOnce(b);
    await withStore(a, (s) => s.trash(created.id));
    await syncOnce(a);
    await withStore(b, async (s) => s.save({ ...(await s.get(created.id)), standfirst: 'Edited offline' }));
    const store = await ArticleStore.open(b);
    const sync = await DeskSync.open(store, { url: desk.url, token });
    sync.connect();
    await sync.whenSettled(10_000);
    expect([...sync.flagged.values()].join()).toMatch(/Trashed on the desk .* your copy is kept/);
    await sync.close();
    expect(store.list('live').map((e) => e.id)).toEqual([created.id]);
    expect((await store.get(created.id)).standfirst).toBe('Edited offline');
    await store.close();
    await syncOnce(a);
    expect(await withStore(a, async (s) => (await s.get(created.id)).standfirst)).toBe('Edited offline');
  });

  it('lists and restores snapshots from the command line', async () => {
    const dir = join(work, 'a');
    const created = await withStore(dir, (s) => s.create({ headline: 'First' }));
    await syncOnce(dir);
    desk.server.hocuspocus.flushPendingStores();
    const out: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => out.push(l) };
    for (let i = 0; i < 100 && out.length === 0; i++) {
      await runCli(['desk', 'snapshots', created.id, '--desk', desk.url, '--token', token, '--json'], io);
      if (out[0] === '[]') out.length = 0;
      if (out.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    const [snapshot] = JSON.parse(out[0]!) as Array<{ id: number; headline: string }>;
    expect(snapshot!.headline).toBe('First');
    await withStore(dir, async (s) => s.save({ ...(await s.get(created.id)), headline: 'Second' }));
    await syncOnce(dir);
    out.length = 0;
    expect(await runCli(['desk', 'restore', String(snapshot!.id), '--desk', desk.url, '--token', token], io)).toBe(0);
    expect(out.join()).toMatch(/Restored article:/);
    await syncOnce(dir);
    expect(await withStore(dir, async (s) => (await s.get(created.id)).headline)).toBe('First');
    out.length = 0;
    expect(await runCli(['desk', 'restore', '999', '--desk', desk.url, '--token', token], io)).toBe(1);
    expect(out.join()).toMatch(/no snapshot 999/);
  });

  it('syncs nothing with a wrong token and says so', async () => {
    const dir = join(work, 'c');
    await withStore(dir, (s) => s.create({ headline: 'Secret' }));
    await expect(syncOnce(dir, newToken())).rejects.toThrow(/refused your token/);
    expect(await deskStore.listDocuments()).toEqual([]);
  });
});
