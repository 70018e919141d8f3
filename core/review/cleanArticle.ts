import type { Article } from '../article/schema';
import { resolveAllFields } from './fieldSuggestions';
import { hasMarks, hasSuggestions, REVIEW_MARKS, withoutMarks } from './reviewMarks';
import { resolveAll, type Resolution } from './resolveSuggestions';
import { emptyReview } from './reviewSchema';

/** How many suggestions are open in the body and fields (the body counts as one when it has any). */
export function hasUnresolvedSuggestions(article: Article): boolean {
  return hasSuggestions(article.body) || Object.keys(article.review.fields).length > 0;
}

/**
 * The article as a publication format must see it: every suggestion accepted or rejected, no comment
 * anchors, no review data. Publication exporters get only this, so no review mark can leak.
 */
export function cleanArticle(article: Article, resolution: Resolution): Article {
  // Most articles have no review at all: no walk, no copy of the body.
  if (Object.keys(article.review.fields).length === 0 && !hasMarks(article.body, REVIEW_MARKS))
    return { ...article, review: emptyReview() };
  const fields = resolveAllFields(article, article.review, resolution);
  const body = withoutMarks(resolveAll(fields.article.body, resolution), REVIEW_MARKS);
  return { ...fields.article, body, review: emptyReview() };
}
