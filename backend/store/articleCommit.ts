import type { Article } from '../../core/article/schema';
import type { RevisionMeta } from '../../core/history/revisionMeta';
import { indexEntryOf, type IndexEntry } from '../../core/library/indexEntry';
import { writeArticleFile } from './articleFile';
import type { DataDirLayout } from './dataDirLayout';
import { WrittenButNotSyncedError } from './durableWrite';
import type { LibraryIndex } from './libraryIndex';
import type { ArticleHistory } from './revisions/articleHistory';
import { stampNow } from './scanArticles';

/**
 * How an article change lands, all or nothing: its revisions are written first (a status change's
 * revision of the new state too), then the article file; the file's rename is the commit point.
 */
export async function writeWithRevisions(
  layout: DataDirLayout,
  index: LibraryIndex,
  history: ArticleHistory,
  article: Article,
  previousStatus: Article['status'],
  pending: (RevisionMeta | null)[],
): Promise<IndexEntry> {
  const status = await history.beforeWrite(previousStatus, article).catch(async (error: unknown) => {
    await history.discard(pending);
    throw error;
  });
  return commitArticle(layout, index, history, article, [...pending, status]);
}

/**
 * Writes the article file. Before its rename, a failure undoes the operation's revisions; after it (only
 * the folder's fsync can fail then) the change stands, the index follows it, and the error still says
 * the disk did not confirm it.
 */
export async function commitArticle(
  layout: DataDirLayout,
  index: LibraryIndex,
  history: ArticleHistory,
  article: Article,
  pending: (RevisionMeta | null)[],
): Promise<IndexEntry> {
  const path = layout.articleFile(article.id);
  const entry = indexEntryOf(article);
  try {
    await writeArticleFile(path, article);
  } catch (error) {
    if (!(error instanceof WrittenButNotSyncedError)) {
      await history.discard(pending);
      throw error;
    }
    index.put(entry, stampNow(path));
    throw error;
  }
  index.put(entry, stampNow(path));
  await history.settle(article.id);
  return entry;
}
