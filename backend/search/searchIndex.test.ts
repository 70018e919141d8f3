import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { paragraph } from '../../core/article/bodySchema';
import type { Article } from '../../core/article/schema';
import { ArticleStore } from '../store/articleStore';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { storeArticleSource } from './articleSource';
import { searchIndexPath } from './indexFile';
import { SearchIndex } from './searchIndex';

let dir: string;
let cleanup: () => Promise<void>;
let store: ArticleStore;
let logs: string[];

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir('copydesk-search-'));
  store = await ArticleStore.open(dir);
  logs = [];
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

const WORDS = ['harbour', 'council', 'ferry', 'strike', 'budget', 'school', 'flood', 'museum', 'railway', 'election'];
const body = (...texts: string[]) => ({ type: 'doc', content: texts.map((t) => paragraph(t)) });

async function seed(count: number): Promise<Article[]> {
  const made: Article[] = [];
  for (let i = 0; i < count; i++) {
    const a = WORDS[i % WORDS.length]!;
    const b = WORDS[(i * 3 + 1) % WORDS.length]!;
    made.push(
      await store.create({
        headline: `${a} news ${i}`,
        standfirst: `About the ${b}.`,
        body: body(`The ${a} and the ${b} were in the news on day ${i}.`),
        tags: [`tag${i % 4}`],
      }),
    );
  }
  return made;
}

const open = () => SearchIndex.open({ dataDir: dir, source: storeArticleSource(store), persistDelayMs: 20, log: (m) => logs.push(m) });
const idsOf = async (search: SearchIndex, q: string) => (await search.search(q, { limit: 100 })).ids;

describe('SearchIndex', () => {
  it('builds from the store on first start, then answers with ids and snippets', async () => {
    const [first] = await seed(30);
    const search = open();
    expect(search.status().state).not.toBe('ready');
    const found = await search.search('harbour council', { limit: 5 });
    expect(search.status()).toEqual({ state: 'ready', indexed: 30 });
    expect(found.ids.length).toBeGreaterThan(0);
    expect(found.ids.length).toBeLessThanOrEqual(5);
    expect(found.ids).toContain(first!.id);
    const snippet = found.snippets[0]!;
    expect(snippet.ranges.map(([s, e]) => snippet.text.slice(s, e).toLowerCase())).toEqual(expect.arrayContaining(['harbour']));
    expect(logs.join('\n')).toMatch(/building over 30 articles/);
    await search.close();
  });

  it('reads again the articles it is told changed on disk: the new text is found, an unreadable one leaves', async () => {
    const [first, second] = await seed(2);
    const search = open();
    expect(await idsOf(search, 'harbour')).toEqual([first!.id]);
    // Written behind the index's back (as by hand or by a restore): the index still has the old text.
    const file = store.layout.articleFile(first!.id);
    const rewritten = { headline: 'Lighthouse keeper retires', standfirst: '', body: body('Retired.') };
    await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), ...rewritten }));
    await writeFile(store.layout.articleFile(second!.id), '{"id": "truncated');
    expect(await idsOf(search, 'lighthouse')).toEqual([]);
    await search.refresh([first!.id, second!.id]);
    expect(await idsOf(search, 'lighthouse')).toEqual([first!.id]);
    expect(await idsOf(search, 'harbour')).toEqual([]);
    expect(await idsOf(search, 'council')).toEqual([]);
    expect(search.status().indexed).toBe(1);
    await search.close();
  });

  it('gives snippets only to the first hits, and the rest on request', async () => {
    await seed(20);
    const search = open();
    const found = await search.search('news', { limit: 20, snippets: 3 });
    expect(found.ids.length).toBeGreaterThan(6);
    expect(found.snippets.filter((s) => s !== null)).toHaveLength(3);
    const more = await search.snippetsFor('news', found.ids.slice(3, 6));
    expect(more.every((s) => s !== null && s.ranges.length > 0)).toBe(true);
    await search.close();
  });

  it('follows saves, trash and restore through upsert and remove', async () => {
    const [a] = await seed(5);
    const search = open();
    await search.ready;
    const { article } = await store.save({ ...a!, headline: 'Zebra crossing referendum in Valparaíso' });
    search.upsert(article);
    expect(await idsOf(search, 'zebra valparaiso')).toEqual([a!.id]);
    await store.trash(a!.id);
    search.remove(a!.id);
    expect(await idsOf(search, 'zebra')).toEqual([]);
    await store.restore(a!.id);
    search.upsert(await store.get(a!.id));
    expect(await idsOf(search, 'zebra')).toEqual([a!.id]);
    await search.close();
  });

  it('persists at close and reopens from the file without rebuilding', async () => {
    await seed(12);
    const first = open();
    await first.ready;
    await first.close();
    const saved = await readFile(searchIndexPath(dir));
    expect(saved.toString('latin1', 0, 8)).toBe('CDSINDEX');
    logs = [];
    const second = open();
    await second.ready;
    expect(logs).toEqual([]);
    expect(await idsOf(second, 'museum')).toHaveLength(
      await idsOf(first, 'museum')
        .catch(() => idsOf(second, 'museum'))
        .then((x) => x.length),
    );
    expect(second.status()).toEqual({ state: 'ready', indexed: 12 });
    await second.close();
  });

  it('writes after a quiet period following changes', async () => {
    const [a] = await seed(3);
    const search = open();
    await search.ready;
    await search.persist();
    search.upsert((await store.save({ ...a!, headline: 'Quiet period' })).article);
    await new Promise((r) => setTimeout(r, 100));
    await search.persist();
    expect((await readFile(searchIndexPath(dir))).toString('utf8')).toContain('quiet');
    await search.close();
  });

  it('catches up on articles changed behind its back, and rebuilds a corrupt file', async () => {
    const made = await seed(10);
    const first = open();
    await first.ready;
    await first.close();
    // Changed while the index was closed (as after a crash, where the last saves never reached it).
    await store.save({ ...made[0]!, headline: 'Lighthouse keeper retires' });
    await store.trash(made[1]!.id);
    const second = open();
    expect(await idsOf(second, 'lighthouse')).toEqual([made[0]!.id]);
    expect((await idsOf(second, 'news')).includes(made[1]!.id)).toBe(false);
    expect(logs.join('\n')).toMatch(/catching up on 1 changed/);
    await second.close();
    await writeFile(searchIndexPath(dir), 'CDSINDEX\u0002\u0000\u0000\u0000 truncated');
    logs = [];
    const third = open();
    expect(await idsOf(third, 'lighthouse')).toEqual([made[0]!.id]);
    expect(logs.join('\n')).toMatch(/corrupt.*rebuilding/s);
    await third.close();
  });

  it('keeps a save made during the build rather than the older text the build read', async () => {
    const made = await seed(60);
    const search = open();
    const { article } = await store.save({ ...made[59]!, headline: 'Edited while indexing' });
    search.upsert(article);
    expect(await idsOf(search, 'edited indexing')).toEqual([made[59]!.id]);
    expect(search.status().indexed).toBe(60);
    await search.close();
  });

  it('stops a build at close, and the next start finishes it', async () => {
    await seed(40);
    const first = open();
    await first.close();
    const second = open();
    expect(await idsOf(second, 'news')).toHaveLength(40);
    await second.close();
  });
});
