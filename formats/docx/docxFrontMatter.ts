import type { BodyNode } from '../../core/article/bodySchema';
import { BLOCK_BOUNDARY, COMMENT, DELETION, INSERTION, suggestionAttrs } from '../../core/review/reviewMarks';
import type { FieldSuggestion } from '../../core/review/reviewSchema';
import type { ReadParagraph } from './docxParagraphReader';

/** A front-matter paragraph's text as accepted, and its tracked changes as a field suggestion. */
export interface FieldRead {
  value: string;
  suggestion: FieldSuggestion | null;
  /** Comment ids anchored in it (they stay as comments on the article, with the text they quote). */
  comments: Map<string, string>;
}

const textOf = (inlines: readonly BodyNode[], skip: string): string =>
  inlines
    .filter((n) => n.type !== 'text' || !(n.marks ?? []).some((m) => m.type === skip))
    .map((n) => (n.type === 'text' ? (n.text ?? '') : n.type === 'hardBreak' ? ' ' : ''))
    .join('')
    .replaceAll(BLOCK_BOUNDARY, '')
    .replace(/\s+/g, ' ')
    .trim();

export function readField(p: ReadParagraph, strip: (text: string) => string = (t) => t): FieldRead {
  const value = strip(textOf(p.inlines, DELETION));
  const base = strip(textOf(p.inlines, INSERTION));
  const comments = new Map<string, string>();
  for (const node of p.inlines) {
    for (const mark of node.marks ?? [])
      if (mark.type === COMMENT) comments.set(String(mark.attrs?.id), (comments.get(String(mark.attrs?.id)) ?? '') + (node.text ?? ''));
  }
  if (value === base) return { value, suggestion: null, comments };
  const first = p.inlines.flatMap((n) => n.marks ?? []).find((m) => m.type === INSERTION || m.type === DELETION);
  const attrs = first ? suggestionAttrs(first) : { author: '', date: '' };
  return { value, suggestion: { base, author: attrs.author, date: attrs.date }, comments };
}

export const stripBy = (text: string) => text.replace(/^by\s+/i, '');
export const stripSource = (text: string) => text.replace(/^source:\s*/i, '');
