import type { FieldAnchor, ReviewComment, SuggestibleField } from '../../../../core/review/reviewSchema';
import { useReview } from './reviewStore';
import './review.css';

interface Segment {
  text: string;
  /** How many comments cover it (the overlap of two reads darker, as in the body). */
  depth: number;
}

/** The field's text cut where comment ranges start and end. */
export function highlightSegments(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) if (r.start < r.end && r.end <= text.length) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const depth = ranges.filter((r) => r.start <= from && r.end >= to && r.start < r.end).length;
    out.push({ text: text.slice(from, to), depth });
  }
  return out;
}

/**
 * The highlight layer of a field's comments: the same text, transparent, behind the textarea (which has
 * no marks of its own), with the commented words on the body's comment colour. Unresolved threads and the
 * one being written are shown; a resolved thread stops highlighting its words.
 */
export function FieldCommentHighlights({
  field,
  text,
  className,
  comments,
}: {
  field: SuggestibleField;
  text: string;
  className: string;
  comments: readonly ReviewComment[];
}) {
  const draft = useReview((s) => s.draftFieldAnchor);
  const ranges: FieldAnchor[] = comments.flatMap((c) => (c.fieldAnchor?.field === field && !c.resolved ? [c.fieldAnchor] : []));
  if (draft?.field === field) ranges.push(draft);
  if (ranges.length === 0) return null;
  return (
    <div className={`field-comment-layer ${className}`} aria-hidden="true" data-testid={`${field}-comment-layer`}>
      {highlightSegments(text, ranges).map((s, i) =>
        s.depth > 0 ? (
          <span key={i} className={s.depth > 1 ? 'field-comment-anchor overlap' : 'field-comment-anchor'}>
            {s.text}
          </span>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}
