import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Article } from '../core/article/schema';
import { ArticleStore } from '../backend/store/articleStore';
import { generateBody, Rng } from '../testing/library/articleGenerator';
import { seedStore } from '../testing/library/seedStore';

/** Generated libraries live here between runs (gitignored): seeding 10,000 articles takes ~30 s. */
export const BENCH_DATA = resolve(import.meta.dirname, '.data');
export const SAVE_TARGET_HEADLINE = 'Bench: the 2,000-word article';

export const libraryDir = (count: number): string => resolve(BENCH_DATA, `library-${count}`);

/** A library of `count` generated articles, seeded once and reused while it has that many. */
export async function ensureLibrary(count: number, log: (line: string) => void): Promise<string> {
  const dir = libraryDir(count);
  const present = (await readdir(resolve(dir, 'articles')).catch(() => [])).filter((n) => n.endsWith('.json')).length;
  if (present >= count) return dir;
  if (present > 0) throw new Error(`${dir} holds ${present} articles, fewer than ${count}; delete it to reseed.`);
  log(`Seeding ${count} articles into ${dir} (once; reused by later runs)…`);
  const result = await seedStore({ dataDir: dir, count, seed: 1, longReads: count >= 1000 ? 3 : 0 });
  log(`Seeded in ${(result.ms / 1000).toFixed(1)} s.`);
  return dir;
}

/** The article the save rows edit: 2,000 words, created once per library. */
export async function saveTarget(store: ArticleStore): Promise<Article> {
  const entry = store.list().find((e) => e.headline === SAVE_TARGET_HEADLINE);
  if (entry) return store.get(entry.id);
  return store.create({ headline: SAVE_TARGET_HEADLINE, section: 'WORLD', body: generateBody(new Rng(2000), 2000) });
}
