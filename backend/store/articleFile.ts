import { Low } from 'lowdb';
import type { Article } from '../../core/article/schema';
import { DurableJsonFile } from './durableJsonFile';

/** Why an article file could not be loaded; the store quarantines the file with this as its reason. */
export class UnreadableArticleError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'UnreadableArticleError';
  }
}

/** Each article is its own lowdb database, so saving one costs the same at 10 articles or 10,000. */
export async function writeArticleFile(path: string, article: Article): Promise<void> {
  const db = new Low<Article>(new DurableJsonFile<Article>(path), article);
  await db.write();
}
