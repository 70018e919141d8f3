import type { Article } from '../../../../core/article/schema';
import { fieldEdit, mapFieldAnchor, withMappedFieldAnchors } from '../../../../core/review/fieldAnchors';
import { fieldValue } from '../../../../core/review/fieldSuggestions';
import { useReview } from './reviewStore';

/**
 * The article after a change of the form, with the comments anchored in its fields (and a comment still
 * being written in one) moved with the edit, so each keeps covering its own words.
 */
export function followFieldEdits(before: Article, after: Article): Article {
  const { draftCommentId, draftFieldAnchor } = useReview.getState();
  if (draftFieldAnchor) {
    const edit = fieldEdit(fieldValue(before, draftFieldAnchor.field), fieldValue(after, draftFieldAnchor.field));
    if (edit) useReview.getState().setDraftCommentId(draftCommentId, mapFieldAnchor(draftFieldAnchor, edit));
  }
  return withMappedFieldAnchors(before, after);
}
