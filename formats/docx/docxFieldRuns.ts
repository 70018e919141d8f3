import { diffWordsWithSpace } from 'diff';
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

type Piece = { same: string } | { deleted: string; inserted: string };

/**
 * The accepted and suggested texts as unchanged stretches and changes, word by word. The diff keeps
 * every space (so unchanged plus deleted is exactly the accepted text, unchanged plus inserted exactly
 * the suggested one); a lone space between two changes joins them, so "reopens" → "to reopen" reads as
 * one change rather than three.
 */
export function fieldChanges(base: string, value: string): Piece[] {
  const parts = diffWordsWithSpace(base, value);
  const out: Piece[] = [];
  parts.forEach((part, i) => {
    const last = out[out.length - 1];
    const next = parts[i + 1];
    if (!part.added && !part.removed) {
      const between = last && 'deleted' in last && next && (next.added || next.removed) && /^\s+$/.test(part.value);
      if (between) {
        last.deleted += part.value;
        last.inserted += part.value;
      } else out.push({ same: part.value });
      return;
    }
    const change = last && 'deleted' in last ? last : { deleted: '', inserted: '' };
    if (change !== last) out.push(change);
    if (part.removed) change.deleted += part.value;
    else change.inserted += part.value;
  });
  return out;
}

/**
 * A single-line field with a suggestion, as Word tracked changes word by word (as the editor shows it):
 * unchanged words plain, the accepted text's words as deletions, the suggested text's as insertions.
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
  const change = (kind: 'ins' | 'del') => review.changeOf(kind, suggestion.author, suggestion.date);
  const runs: ParagraphChild[] = prefix ? [plain(prefix)] : [];
  for (const piece of fieldChanges(suggestion.base, value)) {
    if ('same' in piece) runs.push(plain(piece.same));
    else {
      if (piece.deleted) runs.push(new DeletedTextRun({ ...format, text: piece.deleted, ...change('del') }));
      if (piece.inserted) runs.push(new InsertedTextRun({ ...format, text: piece.inserted, ...change('ins') }));
    }
  }
  return runs;
}
