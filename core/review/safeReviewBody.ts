import type { BodyNode } from '../article/bodySchema';
import { REVIEW_MARKS, withoutMarks } from './reviewMarks';

/**
 * A body from a file passes through the import allow-list, which knows no review marks. When the
 * allow-list changes nothing but those marks, the original (with its suggestions and comment anchors)
 * is kept; review marks carry only short flat attributes, which the body schema already bounds. When the
 * allow-list changed more, the cleaned body is used and the caller says the review marks were dropped.
 */
export function keepReviewMarks(original: BodyNode, sanitise: (body: BodyNode) => BodyNode): { body: BodyNode; kept: boolean } {
  const stripped = withoutMarks(original, REVIEW_MARKS);
  const clean = sanitise(stripped);
  const hadReview = JSON.stringify(stripped) !== JSON.stringify(original);
  if (!hadReview) return { body: clean, kept: true };
  if (JSON.stringify(clean) === JSON.stringify(stripped) && onlyFlatReviewAttrs(original)) return { body: original, kept: true };
  return { body: clean, kept: false };
}

function onlyFlatReviewAttrs(node: BodyNode): boolean {
  for (const mark of node.marks ?? []) {
    if (!REVIEW_MARKS.has(mark.type)) continue;
    for (const value of Object.values(mark.attrs ?? {})) if (value !== null && typeof value === 'object') return false;
  }
  return (node.content ?? []).every(onlyFlatReviewAttrs);
}
