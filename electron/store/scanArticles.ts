import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../core/article/schema';
import { isTempFileName } from './durableWrite';
import { readArticleFile, UnreadableArticleError } from './articleFile';

export interface ScanResult {
  articles: Article[];
  unreadable: UnreadableArticleError[];
}

/** Article ids present as files in a folder; leftovers of interrupted writes are cleared on the way. */
export async function articleIdsIn(dir: string): Promise<string[]> {
  const ids: string[] = [];
  for (const name of await readdir(dir)) {
    if (isTempFileName(name)) {
      await unlink(join(dir, name)).catch(() => undefined);
    } else if (name.endsWith('.json')) {
      ids.push(name.slice(0, -'.json'.length));
    }
  }
  return ids;
}

/** Reads the given articles of a folder, separating the unreadable ones for quarantine. */
export async function readArticles(dir: string, ids: string[]): Promise<ScanResult> {
  const result: ScanResult = { articles: [], unreadable: [] };
  for (const id of ids) {
    try {
      const article = await readArticleFile(join(dir, `${id}.json`));
      if (article.id !== id) throw new UnreadableArticleError(join(dir, `${id}.json`), `The file name does not match the article id ${article.id}.`);
      result.articles.push(article);
    } catch (error) {
      if (error instanceof UnreadableArticleError) result.unreadable.push(error);
      else if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return result;
}
