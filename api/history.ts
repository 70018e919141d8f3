import { z } from 'zod';
import type { Article } from '../core/article/schema';
import { RevisionIdSchema, REVISION_LABEL_MAX, type RevisionMeta } from '../core/history/revisionMeta';
import type { SaveArticleOutput } from './article';
import { articleId, channel } from './channel';

const revisionRef = z.object({ id: z.uuid(), revisionId: RevisionIdSchema }).strict();

/** An article's earlier versions: list, read, label, restore. */
export const historyChannels = {
  listRevisions: channel<RevisionMeta[]>()(articleId),
  getRevision: channel<Article>()(revisionRef),
  saveVersion: channel<RevisionMeta>()(z.object({ id: z.uuid(), label: z.string().trim().min(1).max(REVISION_LABEL_MAX) }).strict()),
  restoreRevision: channel<SaveArticleOutput>()(revisionRef),
} as const;
