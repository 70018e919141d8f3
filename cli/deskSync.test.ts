import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDeskServer, type RunningDesk } from '../desk/server';
import { SqliteDeskStore } from '../desk/store/sqliteStore';
import { hashToken, newToken } from '../desk/tokens';
import { ArticleStore } from '../backend/store/articleStore';
import { DeskSync } from '../backend/desk/deskSync';

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

  it('syncs nothing with a wrong token and says so', async () => {
    const dir = join(work, 'c');
    await withStore(dir, (s) => s.create({ headline: 'Secret' }));
    await expect(syncOnce(dir, newToken())).rejects.toThrow(/refused the connection/);
    expect(await deskStore.listDocuments()).toEqual([]);
  });
});
