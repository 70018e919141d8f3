import { readFile } from 'node:fs/promises';
import type { Article } from '../../core/article/schema';
import { interpretArticleText } from '../../core/history/articleJson';
import type { IndexEntry } from '../../core/library/indexEntry';
import type { DataDirLayout } from '../store/dataDirLayout';

/** What the search index needs of the library. */
export interface ArticleSource {
  list(which: 'live'): IndexEntry[];
  /** The article as it is on disk, or null when it is gone or unreadable. */
  read(id: string): Promise<Article | null>;
}

/**
 * Reads live article files directly rather than through ArticleStore.get, which runs in the store's
 * write queue: a 10,000-article build would otherwise serialise its reads and hold every save up
 * behind them. Reading beside the writer is safe because every write is an atomic rename. Nothing is
 * written back: an older file is upgraded in memory only, and an unreadable one is left for the
 * store to quarantine when it is opened.
 */
export function storeArticleSource(store: { list(which: 'live'): IndexEntry[]; readonly layout: DataDirLayout }): ArticleSource {
  return {
    list: (which) => store.list(which),
    async read(id) {
      let text: string;
      try {
        text = await readFile(store.layout.articleFile(id), 'utf8');
      } catch {
        return null;
      }
      const result = interpretArticleText(text);
      return result.kind === 'unreadable' || result.article === null || result.article.id !== id ? null : result.article;
    },
  };
}
