import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../core/article/schema';
import { ArticleStore } from '../backend/store/articleStore';
import { saveTarget } from './benchLibrary';
import type { Row, Target } from './row';
import { interleaved, median } from './stats';

const SAVE_RUNS = 40;
const OPEN_RUNS = 7;

/** The floor under any durable save: write the same bytes to a temp file, fsync, rename, fsync the folder. */
async function rawDurableWrite(dir: string, bytes: string): Promise<void> {
  const temp = join(dir, 'raw.json.tmp');
  const handle = await open(temp, 'w');
  await handle.writeFile(bytes);
  await handle.sync();
  await handle.close();
  await rename(temp, join(dir, 'raw.json'));
  const folder = await open(dir, 'r');
  await folder.sync();
  await folder.close();
}

const edited = (article: Article, i: number): Article => ({ ...article, standfirst: `Edit ${i}: ${article.standfirst}`.slice(0, 1500) });

/** The median save in `bigDir` against a raw durable write of the same bytes, interleaved. */
export async function saveRow(bigDir: string): Promise<Row> {
  const big = await ArticleStore.open(bigDir);
  try {
    const article = await saveTarget(big);
    const scratch = join(bigDir, '..', 'scratch');
    await mkdir(scratch, { recursive: true });
    const bytes = JSON.stringify(article, null, 2);
    // Warm the store's caches and revision state, so the first timed save is not an outlier.
    await big.save(edited(article, -1));
    const runs = await interleaved(
      SAVE_RUNS,
      (i) => big.save(edited(article, i)),
      () => rawDurableWrite(scratch, bytes),
    );
    return {
      name: `save a 2,000-word article, ${big.list().length} in the store`,
      value: median(runs.measured),
      unit: 'ms',
      baseline: { name: 'raw temp-write+fsync+rename+dir fsync', value: median(runs.baseline) },
      target: { max: 10, maxRatio: 1.5 },
    };
  } finally {
    await big.close();
  }
}

/** How the cost of one save grows with the library: saves in two libraries, interleaved. */
export async function saveGrowthRow(bigDir: string, smallDir: string): Promise<Row> {
  const big = await ArticleStore.open(bigDir);
  const small = await ArticleStore.open(smallDir);
  try {
    const bigArticle = await saveTarget(big);
    const smallArticle = await saveTarget(small);
    await big.save(edited(bigArticle, -1));
    await small.save(edited(smallArticle, -1));
    const runs = await interleaved(
      SAVE_RUNS,
      (i) => big.save(edited(bigArticle, i)),
      (i) => small.save(edited(smallArticle, i)),
    );
    const saveBig = median(runs.measured);
    const saveSmall = median(runs.baseline);
    return {
      name: `save cost growth, ${big.list().length} vs ${small.list().length} articles`,
      value: saveBig / saveSmall,
      unit: '×',
      baseline: { name: `save at ${small.list().length}`, value: saveSmall },
      target: { max: 1.2 },
      note: `save at ${big.list().length}: ${saveBig.toFixed(2)} ms`,
    };
  } finally {
    await big.close();
    await small.close();
  }
}

/** Open after a clean close, as every normal start does; the baseline reads and parses library.json. */
export async function openRow(dir: string, target?: Target): Promise<Row> {
  let count = 0;
  let store: ArticleStore | null = null;
  const runs = await interleaved(
    OPEN_RUNS,
    async () => {
      store = await ArticleStore.open(dir);
      count = store.list().length;
    },
    async () => JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')),
    // Closing writes library.json back, after the clock has stopped.
    async () => {
      await store?.close();
      store = null;
    },
  );
  return {
    name: `open the library (open + list) at ${count}`,
    value: median(runs.measured),
    unit: 'ms',
    baseline: { name: 'readFile+JSON.parse of library.json', value: median(runs.baseline) },
    ...(target ? { target } : {}),
  };
}
