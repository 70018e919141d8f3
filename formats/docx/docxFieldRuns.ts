import { diffWordsWithSpace } from 'diff';
import { DeletedTextRun, InsertedTextRun, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { FieldSuggestion, SuggestibleField } from '../../core/review/reviewSchema';
import type { DocxReviewWriter } from './docxReview';

/** Formatting every run of the field shares: a character style (the photo credit's) and the writing direction. */
export type FieldRunFormat = Pick<IRunOptions, 'style' | 'rightToLeft'>;

export interface FieldRunOptions {
  /** Plain text written before the field ("By "), outside the suggestion. */
  prefix?: string;
  format?: FieldRunFormat;
  /** The field, for the comments anchored in it (front-matter fields only). */
  field?: SuggestibleField;
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

/** One run of a field as written: plain, or a deleted or inserted stretch of its suggestion. */
type FieldPiece = { kind: 'plain' | 'del' | 'ins'; text: string };

/**
 * A single-line field, with its suggestion as Word tracked changes word by word (as the editor shows it):
 * unchanged words plain, the accepted text's words as deletions, the suggested text's as insertions.
 * Comments anchored in the field (`options.field`) get their ranges at their offsets in the value.
 */
export function fieldRuns(
  value: string,
  suggestion: FieldSuggestion | undefined,
  review: DocxReviewWriter | undefined,
  options: FieldRunOptions = {},
): ParagraphChild[] {
  const prefix = options.prefix ?? '';
  const format = options.format ?? {};
  const pieces: FieldPiece[] = [];
  if (!suggestion || !review) {
    if (value) pieces.push({ kind: 'plain', text: value });
  } else
    for (const piece of fieldChanges(suggestion.base, value)) {
      if ('same' in piece) pieces.push({ kind: 'plain', text: piece.same });
      else {
        if (piece.deleted) pieces.push({ kind: 'del', text: piece.deleted });
        if (piece.inserted) pieces.push({ kind: 'ins', text: piece.inserted });
      }
    }
  const runOf = (piece: FieldPiece): ParagraphChild => {
    if (piece.kind === 'plain' || !suggestion || !review) return new TextRun({ ...format, text: piece.text });
    const change = review.changeOf(piece.kind, suggestion.author, suggestion.date);
    return piece.kind === 'del'
      ? new DeletedTextRun({ ...format, text: piece.text, ...change })
      : new InsertedTextRun({ ...format, text: piece.text, ...change });
  };
  const ranges = review && options.field ? review.fieldComments(options.field) : [];
  const runs: ParagraphChild[] = prefix ? [new TextRun({ ...format, text: prefix })] : [];
  if (ranges.length === 0) return [...runs, ...pieces.map(runOf)];
  // Offsets count the value's characters: plain and inserted text; deleted text takes no room in it.
  const boundaries = (at: number): ParagraphChild[] => [
    ...ranges.filter((r) => r.end === at).flatMap((r) => review!.rangeEnd(r.id)),
    ...ranges.filter((r) => r.start === at).flatMap((r) => review!.rangeStart(r.id)),
  ];
  const cuts = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  let at = 0;
  runs.push(...boundaries(0));
  for (const piece of pieces) {
    if (piece.kind === 'del') {
      runs.push(runOf(piece));
      continue;
    }
    // Cut the run where a comment starts or ends inside it.
    let from = 0;
    for (const cut of cuts.filter((c) => c > at && c < at + piece.text.length)) {
      runs.push(runOf({ ...piece, text: piece.text.slice(from, cut - at) }), ...boundaries(cut));
      from = cut - at;
    }
    runs.push(runOf({ ...piece, text: piece.text.slice(from) }));
    at += piece.text.length;
    runs.push(...boundaries(at));
  }
  return runs;
}
