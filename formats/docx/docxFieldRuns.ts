import { DeletedTextRun, InsertedTextRun, TextRun, type ParagraphChild } from 'docx';
import type { FieldSuggestion } from '../../core/review/reviewSchema';
import type { DocxReviewWriter } from './docxReview';

/**
 * A single-line field with a suggestion, as Word tracked changes: the common start and end stay plain,
 * the middle is a deletion of the accepted text and an insertion of the suggested one. `prefix` ("By ")
 * is plain text written before it.
 */
export function fieldRuns(
  value: string,
  suggestion: FieldSuggestion | undefined,
  review: DocxReviewWriter | undefined,
  prefix = '',
): ParagraphChild[] {
  if (!suggestion || !review) return value ? [new TextRun(prefix + value)] : [];
  const base = suggestion.base;
  let start = 0;
  while (start < base.length && start < value.length && base[start] === value[start]) start += 1;
  let end = 0;
  while (end < base.length - start && end < value.length - start && base[base.length - 1 - end] === value[value.length - 1 - end]) end += 1;
  const deleted = base.slice(start, base.length - end);
  const inserted = value.slice(start, value.length - end);
  const runs: ParagraphChild[] = [];
  const head = prefix + value.slice(0, start);
  if (head) runs.push(new TextRun(head));
  if (deleted) runs.push(new DeletedTextRun({ text: deleted, ...review.changeOf('del', suggestion.author, suggestion.date) }));
  if (inserted) runs.push(new InsertedTextRun({ text: inserted, ...review.changeOf('ins', suggestion.author, suggestion.date) }));
  const tail = value.slice(value.length - end);
  if (tail) runs.push(new TextRun(tail));
  return runs;
}
