import type { InputHTMLAttributes } from 'react';
import type { ReviewComment, SuggestibleField } from '../../../../core/review/reviewSchema';
import { FieldCommentHighlights } from './FieldCommentHighlights';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value'> & {
  field: SuggestibleField & ('byline' | 'dateline' | 'source');
  value: string;
  /** The article's comments: those anchored in this field are highlighted in it. */
  comments: readonly ReviewComment[];
};

/**
 * A one-line input (byline, dateline, source) that takes comments like the headline: Ctrl+Alt+M on its
 * selected words anchors a comment there (`data-comment-field`), and its commented words are highlighted.
 * The inspector's inputs paint their own background, so the highlight layer lies over the input and
 * multiplies its colour into it, rather than showing through from behind as in the headline.
 */
export function CommentableInput({ field, value, comments, ...input }: Props) {
  return (
    <span className="commentable-input">
      <input {...input} value={value} data-comment-field={field} />
      <FieldCommentHighlights field={field} text={value} className="input-layer" comments={comments} />
    </span>
  );
}
