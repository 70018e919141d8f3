import { DeletedTextRun, InsertedTextRun, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { FieldSuggestion } from '../../core/review/reviewSchema';
import type { DocxReviewWriter } from './docxReview';

/** Formatting every run of the field shares: a character style (the photo credit's) and the writing direction. */
export type FieldRunFormat = Pick<IRunOptions, 'style' | 'rightToLeft'>;

export interface FieldRunOptions {
  /** Plain text written before the field ("By "), outside the suggestion. */
  prefix?: string;
  format?: FieldRunFormat;
}

/**
 * A single-line field with a suggestion, as Word tracked changes: the common start and end stay plain,
 * the middle is a deletion of the accepted text and an insertion of the suggested one.
 */
export function fieldRuns(
  value: string,
  suggestion: FieldSuggestion | undefined,
  review: DocxReviewWriter | undefined,
  options: FieldRunOptions = {},
): ParagraphChild[] {
  const prefix = options.prefix ?? '';
  const format = options.format ?? {};
  const plain = (text: string) => new TextRun({ ...format, text });
  if (!suggestion || !review) return value ? [plain(prefix + value)] : [];
  const base = suggestion.base;
  let start = 0;
  while (start < base.length && start < value.length && base[start] === value[start]) start += 1;
  let end = 0;
  while (end < base.length - start && end < value.length - start && base[base.length - 1 - end] === value[value.length - 1 - end]) end += 1;
  const deleted = base.slice(start, base.length - end);
  const inserted = value.slice(start, value.length - end);
  const runs: ParagraphChild[] = [];
  const head = prefix + value.slice(0, start);
  if (head) runs.push(plain(head));
  if (deleted) runs.push(new DeletedTextRun({ ...format, text: deleted, ...review.changeOf('del', suggestion.author, suggestion.date) }));
  if (inserted)
    runs.push(new InsertedTextRun({ ...format, text: inserted, ...review.changeOf('ins', suggestion.author, suggestion.date) }));
  const tail = value.slice(value.length - end);
  if (tail) runs.push(plain(tail));
  return runs;
}
