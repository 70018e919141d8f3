import type { BodyNode } from '../article/bodySchema';
import { inlineText } from '../text/bodyText';
import { BLOCK_BOUNDARY, DELETION, INSERTION, MODIFICATION, suggestionAttrs } from './reviewMarks';

export type SuggestionKind = 'insert' | 'delete' | 'replace' | 'format' | 'split' | 'join';

/** One suggestion as the review panel lists it: every stretch of the body marked with one id. */
export interface SuggestionSummary {
  id: string;
  kind: SuggestionKind;
  author: string;
  date: string;
  inserted: string;
  deleted: string;
  /** Index of the first top-level block it touches, for ordering and "next change". */
  block: number;
}

/** The body's suggestions in document order. */
export function listSuggestions(body: BodyNode): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary & { blockMarks: number }>();
  const visit = (node: BodyNode, block: number) => {
    for (const mark of node.marks ?? []) {
      if (mark.type !== INSERTION && mark.type !== DELETION && mark.type !== MODIFICATION) continue;
      const attrs = suggestionAttrs(mark);
      let entry = byId.get(attrs.id);
      if (!entry)
        byId.set(
          attrs.id,
          (entry = {
            id: attrs.id,
            kind: 'insert',
            author: attrs.author,
            date: attrs.date,
            inserted: '',
            deleted: '',
            block,
            blockMarks: 0,
          }),
        );
      if (!entry.author && attrs.author) entry.author = attrs.author;
      // A whole block suggested for insertion or deletion counts its text and its paragraph break.
      const text = node.type === 'text' ? (node.text ?? '').replaceAll(BLOCK_BOUNDARY, '¶') : `${inlineText(node)}¶`;
      if (mark.type === INSERTION) entry.inserted += text;
      else if (mark.type === DELETION) entry.deleted += text;
      else entry.blockMarks += 1;
    }
    for (const child of node.content ?? []) visit(child, block);
  };
  (body.content ?? []).forEach((node, index) => visit(node, index));
  return [...byId.values()].map(({ blockMarks, ...s }) => ({ ...s, kind: kindOf(s.inserted, s.deleted, blockMarks) }));
}

function kindOf(inserted: string, deleted: string, modifications: number): SuggestionKind {
  if (modifications > 0 && !inserted && !deleted) return 'format';
  if (inserted === '¶¶' && !deleted) return 'split';
  if (deleted === '¶¶' && !inserted) return 'join';
  if (inserted && deleted) return 'replace';
  return deleted ? 'delete' : 'insert';
}
