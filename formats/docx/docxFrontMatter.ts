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
  /** Where each of those comments sits in `value` (UTF-16 offsets), for anchoring it in the field. */
  anchors: Map<string, { start: number; end: number }>;
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
  const anchors = commentOffsets(p.inlines, value, strip);
  if (value === base) return { value, suggestion: null, comments, anchors };
  const first = p.inlines.flatMap((n) => n.marks ?? []).find((m) => m.type === INSERTION || m.type === DELETION);
  const attrs = first ? suggestionAttrs(first) : { author: '', date: '' };
  return { value, suggestion: { base, author: attrs.author, date: attrs.date }, comments, anchors };
}

/**
 * The comment ranges of a field's paragraph as offsets into its value, found the way the value is made
 * (deleted text left out, spaces collapsed, trimmed, the "By "/"SOURCE:" prefix stripped), character by
 * character, so the offsets land on the same words.
 */
function commentOffsets(inlines: readonly BodyNode[], value: string, strip: (text: string) => string): FieldRead['anchors'] {
  const chars: { char: string; ids: string[] }[] = [];
  for (const node of inlines) {
    const marks = node.marks ?? [];
    if (marks.some((m) => m.type === DELETION)) continue;
    const ids = marks.filter((m) => m.type === COMMENT).map((m) => String(m.attrs?.id));
    const text = node.type === 'text' ? (node.text ?? '').replaceAll(BLOCK_BOUNDARY, '') : node.type === 'hardBreak' ? ' ' : '';
    for (let i = 0; i < text.length; i += 1) {
      const char = /\s/.test(text[i]!) ? ' ' : text[i]!;
      if (char === ' ' && chars[chars.length - 1]?.char === ' ') continue;
      chars.push({ char, ids });
    }
  }
  while (chars[0]?.char === ' ') chars.shift();
  while (chars[chars.length - 1]?.char === ' ') chars.pop();
  const joined = chars.map((c) => c.char).join('');
  const kept = chars.slice(joined.length - strip(joined).length);
  const anchors: FieldRead['anchors'] = new Map();
  // The walk must give the value itself; if it does not (a shape not foreseen), no offsets rather than wrong ones.
  if (kept.map((c) => c.char).join('') !== value) return anchors;
  kept.forEach((c, index) => {
    for (const id of c.ids) {
      const range = anchors.get(id);
      if (range) range.end = index + 1;
      else anchors.set(id, { start: index, end: index + 1 });
    }
  });
  return anchors;
}

export const stripBy = (text: string) => text.replace(/^by\s+/i, '');
export const stripSource = (text: string) => text.replace(/^source:\s*/i, '');
