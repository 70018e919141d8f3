import type { Article } from '../article/schema';
import { commentThreads } from './comments';
import { listSuggestions } from './listSuggestions';

export interface OpenReview {
  /** Comment threads whose first comment is not resolved. An orphaned thread (its text deleted) still counts: losing its anchor does not resolve it. */
  comments: number;
  /** Suggestions in the body (one per suggestion id) and in the single-line fields. */
  suggestions: number;
}

/** What is still open in an article's review: the ready-for-desk gate refuses while any is. */
export function openReview(article: Pick<Article, 'body' | 'review'>): OpenReview {
  const comments = commentThreads(article.body, article.review.comments).filter((thread) => !thread.root.resolved).length;
  const suggestions = listSuggestions(article.body).length + Object.keys(article.review.fields).length;
  return { comments, suggestions };
}

/** "1 unresolved comment and 2 suggestions", for the gate's message. */
export function describeOpenReview({ comments, suggestions }: OpenReview): string {
  const parts = [
    comments > 0 ? `${comments} unresolved ${comments === 1 ? 'comment' : 'comments'}` : '',
    suggestions > 0 ? `${suggestions} open ${suggestions === 1 ? 'suggestion' : 'suggestions'}` : '',
  ].filter(Boolean);
  return `${parts.join(' and ')}: accept or reject each suggestion and resolve each comment (Review panel).`;
}
