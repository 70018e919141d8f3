import { z } from 'zod';
import { LIST_IDS_MAX, type IndexEntry } from '../core/library/indexEntry';
import { articleId, channel, noInput } from './channel';
import type { SearchResults, SearchStatus, Snippet } from './searchTypes';
import { ALL_HITS } from '../core/library/firstScreen';

export interface QuarantineInfo {
  file: string;
  reason: string;
  quarantinedAt: string;
}

/** The library: search, the list, trash and quarantine. */
export const libraryChannels = {
  searchArticles: channel<SearchResults>()(
    z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(ALL_HITS).default(50),
        snippets: z.number().int().min(0).max(100).default(20),
      })
      .strict(),
  ),
  searchSnippets: channel<Array<Snippet | null>>()(z.object({ query: z.string().max(500), ids: z.array(z.uuid()).max(200) }).strict()),
  searchStatus: channel<SearchStatus>()(noInput),
  // `ids`: only these rows of the view (a desk's projection changed a few; the whole list is 4 MB at 10,000).
  listArticles: channel<IndexEntry[]>()(
    z.object({ which: z.enum(['live', 'trash']).default('live'), ids: z.array(z.uuid()).max(LIST_IDS_MAX).optional() }).strict(),
  ),
  trashArticle: channel<IndexEntry>()(articleId),
  restoreArticle: channel<IndexEntry>()(articleId),
  deleteArticleForever: channel<null>()(articleId),
  listQuarantine: channel<QuarantineInfo[]>()(noInput),
  showQuarantinedFile: channel<null>()(z.object({ file: z.string().min(1).max(300) }).strict()),
} as const;
