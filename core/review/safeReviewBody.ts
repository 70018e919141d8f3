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
  const hadReview = !sameJson(stripped, original);
  if (!hadReview) return { body: clean, kept: true };
  if (sameJson(clean, stripped) && onlyFlatReviewAttrs(original)) return { body: original, kept: true };
  return { body: clean, kept: false };
}

function onlyFlatReviewAttrs(node: BodyNode): boolean {
  for (const mark of node.marks ?? []) {
    if (!REVIEW_MARKS.has(mark.type)) continue;
    for (const value of Object.values(mark.attrs ?? {})) if (value !== null && typeof value === 'object') return false;
  }
  return (node.content ?? []).every(onlyFlatReviewAttrs);
}

/** Deep equality of JSON values, whatever the order of their keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
