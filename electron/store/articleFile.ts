import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { ArticleSchema, type Article } from '../../core/article/schema';
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

export async function readArticleFile(path: string): Promise<Article> {
  const text = await readFile(path, 'utf8');
  if (text.trim() === '') throw new UnreadableArticleError(path, 'The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UnreadableArticleError(path, `The file is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = ArticleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the file';
    throw new UnreadableArticleError(path, `The file is not a Copydesk article: ${where}: ${issue?.message ?? 'invalid'}.`);
  }
  return parsed.data;
}

/** Each article is its own lowdb database, so saving one costs the same at 10 articles or 10,000. */
export async function writeArticleFile(path: string, article: Article): Promise<void> {
  const db = new Low<Article>(new DurableJsonFile<Article>(path), article);
  await db.write();
}
