import { z } from 'zod';
import { ArticleStatusSchema, type Article } from '../article/schema';
import { articleStats } from '../text/stats';

/** What the library list needs of an article, kept small so 10,000 of them load in one read. */
export const IndexEntrySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  headline: z.string(),
  section: z.string(),
  status: ArticleStatusSchema,
  tags: z.array(z.string()),
  byline: z.string(),
  words: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  /** Set while the article is in the trash. */
  trashedAt: z.string().nullable(),
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export function indexEntryOf(article: Article, trashedAt: string | null = null): IndexEntry {
  return {
    id: article.id,
    slug: article.slug,
    headline: article.headline,
    section: article.section,
    status: article.status,
    tags: article.tags,
    byline: article.byline,
    words: articleStats(article).words,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    publishedAt: article.publishedAt,
    trashedAt,
  };
}

/** The most rows the list channel is asked for by id; past it the window reads the whole list. */
export const LIST_IDS_MAX = 200;
