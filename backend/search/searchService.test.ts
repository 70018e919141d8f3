import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { paragraph } from '../../core/article/bodySchema';
import { ArticleStore } from '../store/articleStore';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { SearchService } from './searchService';
import { packLiveSlices, unpackLive } from './searchProtocol';

let dir: string;
let cleanup: () => Promise<void>;
let store: ArticleStore;
let logs: string[];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir('copydesk-search-service-'));
  store = await ArticleStore.open(dir);
  logs = [];
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

const body = (text: string) => ({ type: 'doc', content: [paragraph(text)] });
const open = () => SearchService.open({ dataDir: dir, source: store, persistDelayMs: 20, log: (m) => logs.push(m) });

describe('SearchService (the search worker)', () => {
  it('builds in the worker, answers queries with snippets, and follows saves and trash in order', async () => {
    const harbour = await store.create({ headline: 'Harbour strike ends', body: body('The harbour workers went back on Monday.') });
    await store.create({ headline: 'Council budget', body: body('The council passed its budget.') });
    const search = open();
    const found = await search.search('harbour', { limit: 5, snippets: 1 });
    expect(found.ids).toEqual([harbour.id]);
    expect(found.snippets[0]!.text).toContain('harbour');
    expect(await search.status()).toEqual({ state: 'ready', indexed: 2 });
    expect(logs.join('\n')).toMatch(/building over 2 articles/);

    // Not awaited, as the IPC handlers do: the worker applies messages in the order they were sent.
    const saved = await store.save({ ...harbour, headline: 'Lighthouse keeper retires' });
    void search.upsert(saved.article);
    expect((await search.search('lighthouse')).ids).toEqual([harbour.id]);
    void search.remove(harbour.id);
    expect(await search.search('lighthouse')).toEqual({ ids: [], snippets: [] });
    await search.close();
    expect(await search.status()).toEqual({ state: 'closed', indexed: 0 });
  });

  it('reopens from the file the worker wrote at close', async () => {
    await store.create({ headline: 'Ferry timetable', body: body('New ferry times from May.') });
    const first = open();
    await first.ready;
    await first.close();
    logs = [];
    const second = open();
    expect((await second.search('ferry')).ids).toHaveLength(1);
    expect(logs).toEqual([]);
    await second.close();
  });

  it('sends an unusual file to the careful reader, loaded only then, and indexes the rest', async () => {
    const good = await store.create({ headline: 'Harbour reopens', body: body('Ships return.') });
    const odd = await store.create({ headline: 'Harbour odd file', body: body('Ships.') });
    const path = join(dir, 'articles', `${odd.id}.json`);
    await writeFile(path, JSON.stringify({ ...JSON.parse(await readFile(path, 'utf8')), byline: 5 }));
    const search = open();
    expect((await search.search('harbour')).ids).toEqual([good.id]);
    await search.close();
  });

  it('sends the live list as it was at open, though the store replaces entries while the slices go', async () => {
    const made = [];
    for (const headline of ['Harbour strike ends', 'Harbour reopens', 'Harbour pilots', 'Harbour cranes', 'Harbour fees'])
      made.push(await store.create({ headline, body: body(`${headline}.`) }));
    // The store's entries as its index holds them: the open's background check removes the entries whose
    // files changed behind the app's back, then puts them back one file read at a time.
    const entries = new Map(store.list('live').map((e) => [e.id, e]));
    const source = {
      list: () => [...entries.values()],
      *listUnsorted() {
        yield* entries.values();
      },
    };
    const search = SearchService.open({ dataDir: dir, source, liveSlice: 2, log: (m) => logs.push(m) });
    const removed = [...entries.values()];
    entries.clear();
    for (const entry of removed) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      entries.set(entry.id, entry);
    }
    expect((await search.search('harbour', { limit: 10 })).ids.sort()).toEqual(made.map((a) => a.id).sort());
    await search.close();
  });

  it('sends the live list a slice at a time; requests made meanwhile follow the open, in order', async () => {
    const made = [];
    for (const headline of ['Harbour strike ends', 'Harbour reopens', 'Council budget', 'Ferry timetable', 'Lighthouse sold'])
      made.push(await store.create({ headline, body: body(`${headline}.`) }));
    const search = SearchService.open({ dataDir: dir, source: store, liveSlice: 2, log: (m) => logs.push(m) });
    // Sent in the same turn, before any slice but the first is across: they must reach the worker after its open.
    const later = new Date(Date.parse(made[0]!.updatedAt) + 1000).toISOString();
    void search.upsert({ ...made[0]!, headline: 'Lighthouse keeper retires', body: body('Retired.'), updatedAt: later });
    void search.remove(made[1]!.id);
    const hits = search.search('harbour');
    const keeper = search.search('lighthouse');
    expect(await hits).toEqual({ ids: [], snippets: [] });
    expect((await keeper).ids.sort()).toEqual([made[0]!.id, made[4]!.id].sort());
    expect(await search.status()).toEqual({ state: 'ready', indexed: 4 });
    expect(logs.join('\n')).toMatch(/building over 5 articles/);
    await search.close();
  });

  it('reports a worker that dies instead of hanging, and queries then fail with the reason', async () => {
    const search = SearchService.open({
      dataDir: dir,
      source: store,
      log: (m) => logs.push(m),
      spawn: () => new Worker('process.exit(3)', { eval: true }),
    });
    await search.ready;
    await expect(search.search('anything')).rejects.toThrow(/search worker stopped \(exit code 3\)/);
    expect(logs.join('\n')).toMatch(/Search failed to start: .*exit code 3/);
    await expect(search.upsert(await store.create({ headline: 'x' }))).rejects.toThrow(/exit code 3/);
    await search.close();
  });
});

describe('the live list across the thread boundary', () => {
  it('packs in slices and unpacks newest change first, as the store lists it', () => {
    const entries = [
      { id: 'a', updatedAt: '2026-01-02T00:00:00.000Z' },
      { id: 'b', updatedAt: '2026-03-01T00:00:00.000Z' },
      { id: 'c', updatedAt: '2026-02-01T00:00:00.000Z' },
    ];
    const parts = [...packLiveSlices(entries, 2)];
    expect(parts).toEqual(['a\t2026-01-02T00:00:00.000Z\nb\t2026-03-01T00:00:00.000Z\n', 'c\t2026-02-01T00:00:00.000Z\n']);
    expect(unpackLive(parts.join('')).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect([...packLiveSlices([], 2)]).toEqual(['']);
    expect(unpackLive('')).toEqual([]);
  });
});
