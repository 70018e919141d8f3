import { ArticleStore } from '../../backend/store/articleStore';
import { generateArticle, Rng } from './articleGenerator';

export interface SeedOptions {
  dataDir: string;
  count: number;
  seed?: number;
  /** How many of the articles run to 20,000 words (the long-read stress case). */
  longReads?: number;
  onProgress?: (done: number, count: number) => void;
}

export interface SeedResult {
  count: number;
  ms: number;
  /** Id of the article that carries KNOWN_PHRASE. */
  knownId: string;
  longReadIds: string[];
}

export const LONG_READ_WORDS = 20_000;

/**
 * Fills a data dir through the real ArticleStore, so the files, the index and the timings are the
 * ones the app would produce. The store's clock is set per article to spread dates over a year.
 */
export async function seedStore(options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const rng = new Rng(options.seed ?? 1);
  let clock = new Date();
  const store = await ArticleStore.open(options.dataDir, { now: () => clock });
  const longReads = Math.min(options.longReads ?? 3, options.count);
  // Spread the special articles through the library rather than bunching them at the start.
  const knownAt = Math.floor(options.count / 2);
  const longAt = new Set(
    Array.from({ length: longReads }, (_, i) => Math.floor(((i + 1) * options.count) / (longReads + 1)) + 1).map((i) =>
      Math.min(i, options.count - 1),
    ),
  );
  let knownId = '';
  const longReadIds: string[] = [];
  try {
    for (let i = 0; i < options.count; i++) {
      const known = i === knownAt;
      const long = !known && longAt.has(i);
      const generated = generateArticle(rng, { knownPhrase: known, ...(long ? { words: LONG_READ_WORDS } : {}) });
      clock = generated.createdAt;
      const article = await store.create(generated.fields);
      if (known) knownId = article.id;
      if (long) longReadIds.push(article.id);
      if ((i + 1) % 500 === 0 || i + 1 === options.count) options.onProgress?.(i + 1, options.count);
    }
  } finally {
    clock = new Date();
    await store.close();
  }
  return { count: options.count, ms: performance.now() - started, knownId, longReadIds };
}
