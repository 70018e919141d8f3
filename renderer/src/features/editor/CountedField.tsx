import type { CheckField } from '../../../../core/checks/types';
import type { ReviewComment } from '../../../../core/review/reviewSchema';
import { CheckUnderlines } from '../checks/CheckUnderlines';
import type { TextDirection } from '../../../../core/text/direction';
import { FieldCommentHighlights } from '../review/FieldCommentHighlights';

interface Props {
  label: string;
  checkField: CheckField & ('headline' | 'standfirst');
  className: string;
  placeholder: string;
  value: string;
  softLimit: number;
  maxLength: number;
  /** The copy's language and direction: the underlines, the text and the count all follow it. */
  copy?: { lang?: string; dir: TextDirection };
  /** The article's comments: those anchored in this field are highlighted in it. */
  comments: readonly ReviewComment[];
  onChange(value: string): void;
}

/** A one-paragraph field (headline, standfirst) with a live character count against its soft limit. */
export function CountedField({ checkField, label, className, placeholder, value, softLimit, maxLength, copy, comments, onChange }: Props) {
  const length = [...value].length;
  const over = length > softLimit;
  return (
    <div className="counted-field" {...copy}>
      <FieldCommentHighlights field={checkField} text={value} className={className} comments={comments} />
      <CheckUnderlines field={checkField} text={value} className={className} />
      <textarea
        data-check-field={checkField}
        data-comment-field={checkField}
        className={className}
        aria-label={label}
        placeholder={placeholder}
        rows={1}
        maxLength={maxLength}
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\s*\n\s*/g, ' '))}
      />
      <span
        className={over ? 'char-count over' : 'char-count'}
        data-testid={`${label.toLowerCase()}-count`}
        title={over ? `Over the ${softLimit}-character limit` : undefined}
      >
        {length}/{softLimit}
      </span>
    </div>
  );
}
