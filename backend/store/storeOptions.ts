import type { Article } from '../../core/article/schema';
import type { ArticleMigration } from '../../core/history/migrations';
import type { RetentionPolicy } from '../../core/history/retention';
import type { IndexEntry } from '../../core/library/indexEntry';
import type { AcquireOptions, LibraryLock, LockOwner } from './libraryLock';

/** How an ArticleStore is opened (articleStore.ts). */
export interface StoreOptions {
  now?: () => Date;
  newId?: () => string;
  /** Take `<dataDir>/library.lock` as the app or the CLI; off by default, so tests open freely. */
  lock?: LockOwner | false;
  lockWait?: AcquireOptions;
  /**
   * When a clean open checks each article file's stamp (a stat per file) for changes made behind the
   * app's back: before the open returns (the default: the CLI, tests), or in the background as the
   * queue's first job, so the window opens at once; `verified` resolves when it is done, and every
   * queued read or write comes after it anyway.
   */
  verify?: 'before-open' | 'background';
  /** A lock the caller already holds (the app's restore keeps it from close to reopen), used instead of taking one. */
  heldLock?: LibraryLock | null;
  /** While typing, at most one revision per article in this long (default 5 minutes). */
  revisionIntervalMs?: number;
  retention?: RetentionPolicy;
  migrations?: readonly ArticleMigration[];
}

export type ArticleFields = Partial<Omit<Article, 'id' | 'schemaVersion' | 'createdAt' | 'updatedAt'>>;

export interface SaveResult {
  article: Article;
  entry: IndexEntry;
}
