import type { Article } from '../article/schema';
import { fieldValue, type FieldTexts } from './fieldSuggestions';
import { SUGGESTIBLE_FIELDS, type FieldAnchor, type ReviewComment, type SuggestibleField } from './reviewSchema';

/**
 * Comments anchored in the single-line fields. A field is a plain string edited in a textarea, so there
 * are no marks to carry the anchor: it is a pair of offsets, mapped through each edit the way ProseMirror
 * maps a non-inclusive mark (typing at either edge stays outside, typing inside widens it, deleting
 * shrinks it; deleting all of it leaves start === end, which the panel shows as "Text deleted").
 */

/** One edit of a field's text: `[from, to)` of the old text replaced by `inserted` characters. */
export interface FieldEdit {
  from: number;
  to: number;
  inserted: number;
}

/**
 * The single replaced stretch between two texts (common prefix and suffix). A textarea edit is one such
 * stretch (typing, deleting, pasting over a selection); a find-and-replace of several places maps as one
 * stretch from the first to the last, which keeps anchors outside it and shrinks or orphans those inside.
 */
export function fieldEdit(before: string, after: string): FieldEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix))
    suffix += 1;
  return { from: prefix, to: before.length - suffix, inserted: after.length - suffix - prefix };
}

/** An anchor after an edit; a range whose every character was deleted collapses to where it was. */
export function mapFieldAnchor(anchor: FieldAnchor, edit: FieldEdit): FieldAnchor {
  const delta = edit.inserted - (edit.to - edit.from);
  // The start stays before text typed at it; the end stays before text typed at it (neither edge grows).
  const start = anchor.start < edit.from ? anchor.start : anchor.start >= edit.to ? anchor.start + delta : edit.from + edit.inserted;
  const end = anchor.end <= edit.from ? anchor.end : anchor.end > edit.to ? anchor.end + delta : edit.from;
  // Inside a replacement that covers one edge, the anchor keeps only what is left of its own text.
  return { field: anchor.field, start, end: Math.max(start, end) };
}

/**
 * The article after an edit, with every field anchor of a changed field mapped through that edit.
 * Called with the article before and after each change of the form, so anchors follow typing, find and
 * replace, accepting or rejecting a field suggestion and the checks' fixes alike.
 */
export function withMappedFieldAnchors(before: Article, after: Article): Article {
  const comments = after.review.comments;
  if (!comments.some((c) => c.fieldAnchor)) return after;
  const edits = new Map<SuggestibleField, FieldEdit>();
  for (const field of SUGGESTIBLE_FIELDS) {
    const edit = fieldEdit(fieldValue(before, field), fieldValue(after, field));
    if (edit) edits.set(field, edit);
  }
  if (edits.size === 0) return after;
  let changed = false;
  const mapped = comments.map((comment): ReviewComment => {
    const edit = comment.fieldAnchor && edits.get(comment.fieldAnchor.field);
    if (!comment.fieldAnchor || !edit) return comment;
    const anchor = mapFieldAnchor(comment.fieldAnchor, edit);
    if (anchor.start === comment.fieldAnchor.start && anchor.end === comment.fieldAnchor.end) return comment;
    changed = true;
    return { ...comment, fieldAnchor: anchor };
  });
  return changed ? { ...after, review: { ...after.review, comments: mapped } } : after;
}

/** The text a field anchor covers now, or null when it was deleted (or the offsets no longer fit the field). */
export function fieldAnchorText(article: FieldTexts, anchor: FieldAnchor): string | null {
  const text = fieldValue(article, anchor.field);
  if (anchor.start >= anchor.end || anchor.end > text.length) return null;
  return text.slice(anchor.start, anchor.end);
}

/** How the panel names a field: "Headline: …". */
export const FIELD_LABELS: Record<SuggestibleField, string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  byline: 'Byline',
  dateline: 'Dateline',
  source: 'Source',
  caption: 'Caption',
  credit: 'Credit',
};

/** Fields above the body (as the page prints them) are listed before its comments, the source line after them. */
export const FIELDS_ABOVE_BODY: readonly SuggestibleField[] = ['headline', 'standfirst', 'caption', 'credit', 'byline', 'dateline'];
