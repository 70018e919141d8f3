import { z } from 'zod';
import { ArticleSchema, ArticleStatusSchema, type Article } from '../core/article/schema';
import type { IndexEntry } from '../core/library/indexEntry';
import { articleId, channel } from './channel';

/** What a renderer may set when creating an article; the store fills the rest. */
export const ArticleFieldsSchema = ArticleSchema.omit({ id: true, schemaVersion: true, createdAt: true, updatedAt: true })
  .partial()
  .strict();

export interface SaveArticleOutput {
  article: Article;
  entry: IndexEntry;
}

/** One article: read, create, save, change its status. */
export const articleChannels = {
  getArticle: channel<Article>()(articleId),
  // importedFrom: the file or paste an accepted import came from; its history then opens with "Imported from …".
  createArticle: channel<Article>()(
    z.object({ fields: ArticleFieldsSchema.default({}), importedFrom: z.string().trim().min(1).max(1000).optional() }).strict(),
  ),
  saveArticle: channel<SaveArticleOutput>()(z.object({ article: ArticleSchema }).strict()),
  setArticleStatus: channel<SaveArticleOutput>()(z.object({ id: z.uuid(), status: ArticleStatusSchema }).strict()),
  getReadOnlyReason: channel<string | null>()(articleId),
  openedArticle: channel<null>()(articleId),
} as const;
