import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../core/article/schema';
import { ArticleStore } from '../backend/store/articleStore';
import { saveTarget } from './benchLibrary';
import { interleaved, median, timeIt, type Row } from './stats';

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

export async function saveRows(bigDir: string, smallDir: string): Promise<Row[]> {
  const big = await ArticleStore.open(bigDir);
  const small = await ArticleStore.open(smallDir);
  try {
    const bigArticle = await saveTarget(big);
    const smallArticle = await saveTarget(small);
    const scratch = join(bigDir, '..', 'scratch');
    await mkdir(scratch, { recursive: true });
    const bytes = JSON.stringify(bigArticle, null, 2);
    // Warm both stores' caches and revision state, so the first timed save is not an outlier.
    await big.save(edited(bigArticle, -1));
    await small.save(edited(smallArticle, -1));
    const vsRaw = await interleaved(SAVE_RUNS, (i) => big.save(edited(bigArticle, i)), () => rawDurableWrite(scratch, bytes));
    const growth = await interleaved(SAVE_RUNS, (i) => big.save(edited(bigArticle, i)), (i) => small.save(edited(smallArticle, i)));
    const save = median(vsRaw.measured);
    const raw = median(vsRaw.baseline);
    const saveBig = median(growth.measured);
    const saveSmall = median(growth.baseline);
    return [
      {
        name: `save a 2,000-word article, ${big.list().length} in the store`,
        value: save,
        unit: 'ms',
        baseline: { name: 'raw temp-write+fsync+rename', value: raw },
        target: '≤ 10 ms, ratio ≤ 1.5',
        pass: save <= 10 && save / raw <= 1.5,
      },
      {
        name: `save cost growth, ${big.list().length} vs ${small.list().length} articles`,
        value: saveBig / saveSmall,
        unit: '×',
        baseline: { name: `save at ${small.list().length}`, value: saveSmall },
        target: 'ratio ≤ 1.2',
        pass: saveBig / saveSmall <= 1.2,
        note: `save at ${big.list().length}: ${saveBig.toFixed(2)} ms`,
      },
    ];
  } finally {
    await big.close();
    await small.close();
  }
}

/** Open after a clean close, as every normal start does; the baseline reads and parses library.json. */
export async function openRow(dir: string): Promise<Row> {
  const opens: number[] = [];
  const reads: number[] = [];
  let count = 0;
  for (let i = 0; i < OPEN_RUNS; i++) {
    reads.push(await timeIt(async () => JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))));
    let store: ArticleStore | null = null;
    opens.push(
      await timeIt(async () => {
        store = await ArticleStore.open(dir);
        count = store.list().length;
      }),
    );
    // Closing writes library.json back, after the clock has stopped.
    await store!.close();
  }
  const value = median(opens);
  return {
    name: `open the library (open + list) at ${count}`,
    value,
    unit: 'ms',
    baseline: { name: 'readFile+JSON.parse of library.json', value: median(reads) },
    target: '≤ 150 ms',
    pass: value <= 150,
  };
}
