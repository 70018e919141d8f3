import type { Article } from '../article/schema';
import { fieldEdit, FIELDS_ABOVE_BODY } from './fieldAnchors';
import { fieldValue } from './fieldSuggestions';
import { SUGGESTIBLE_FIELDS, type SuggestibleField } from './reviewSchema';

/**
 * The places "next change" and "previous change" stop at, in reading order: the fields above the body
 * (headline, standfirst, caption, credit, byline, dateline), the body, then the source line below it.
 * Within a field or the body a stop is a range of offsets (a field's UTF-16 offsets, the body's
 * ProseMirror positions); `zone` orders the fields and the body between them.
 */
export type ChangeStop = { zone: number; from: number; to: number } & ({ field: SuggestibleField } | { bodyId: string });

export const BODY_ZONE = FIELDS_ABOVE_BODY.length;

/** The zone a field's stops sort in: above the body in print order, below it for the rest (the source). */
export function fieldZone(field: SuggestibleField): number {
  const above = FIELDS_ABOVE_BODY.indexOf(field);
  return above >= 0 ? above : BODY_ZONE + 1 + SUGGESTIBLE_FIELDS.indexOf(field);
}

/**
 * The fields' stops: each field suggestion (the words it changed, as the field now reads) and each open
 * comment anchored in a field (its words). A suggestion that only deleted is a caret where the words were.
 */
export function fieldStops(article: Article): ChangeStop[] {
  const stops: ChangeStop[] = [];
  for (const [field, suggestion] of Object.entries(article.review.fields) as [SuggestibleField, { base: string }][]) {
    const edit = fieldEdit(suggestion.base, fieldValue(article, field));
    if (edit) stops.push({ field, zone: fieldZone(field), from: edit.from, to: edit.from + edit.inserted });
  }
  for (const comment of article.review.comments) {
    const anchor = comment.fieldAnchor;
    if (comment.parentId !== null || comment.resolved || !anchor || anchor.start >= anchor.end) continue;
    stops.push({ field: anchor.field, zone: fieldZone(anchor.field), from: anchor.start, to: anchor.end });
  }
  return stops;
}

const before = (a: { zone: number; from: number }, b: { zone: number; from: number }) =>
  a.zone < b.zone || (a.zone === b.zone && a.from < b.from);

/** The stop after (or before) `here`, wrapping round at the end; null when there is none. */
export function nextStop(stops: readonly ChangeStop[], here: { zone: number; from: number }, direction: 1 | -1): ChangeStop | null {
  const sorted = [...stops].sort((a, b) => a.zone - b.zone || a.from - b.from || a.to - b.to);
  if (sorted.length === 0) return null;
  if (direction === 1) return sorted.find((s) => before(here, s)) ?? sorted[0]!;
  return [...sorted].reverse().find((s) => before(s, here)) ?? sorted[sorted.length - 1]!;
}
