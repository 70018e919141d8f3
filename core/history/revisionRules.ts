import type { Article } from '../article/schema';
import { articleStats } from '../text/stats';
import type { RevisionMeta } from './revisionMeta';

/** While typing, at most one revision per article in this long. */
export const TYPING_REVISION_INTERVAL_MS = 5 * 60_000;

/** Due when there is none yet, the last is old enough, or the clock went backwards (it was wrong before, or is now). */
export function typingRevisionDue(
  last: Pick<RevisionMeta, 'createdAt'> | undefined,
  now: Date,
  intervalMs: number = TYPING_REVISION_INTERVAL_MS,
): boolean {
  if (!last) return true;
  const elapsed = now.getTime() - Date.parse(last.createdAt);
  return Number.isNaN(elapsed) || elapsed < 0 || elapsed >= intervalMs;
}

/** A freshly created, untouched article: rolling back to it is the same as starting again, so no revision. */
export function isBlankArticle(article: Article): boolean {
  return (
    article.headline.trim() === '' && article.standfirst.trim() === '' && article.leadImage === null && articleStats(article).words === 0
  );
}

/**
 * What a restore saves: the old version's words, under the current identity. Workflow fields (status,
 * publishedAt) stay as they are now: bringing back last week's wording does not unpublish a story.
 */
export function restoredContent(current: Article, old: Article): Article {
  return {
    ...old,
    id: current.id,
    schemaVersion: current.schemaVersion,
    createdAt: current.createdAt,
    updatedAt: current.updatedAt,
    status: current.status,
    publishedAt: current.publishedAt,
  };
}
