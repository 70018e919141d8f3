import type { BodyNode } from '../article/bodySchema';
import { inlineText } from '../text/bodyText';
import { BLOCK_BOUNDARY, DELETION, INSERTION, MODIFICATION, suggestionAttrs } from './reviewMarks';

export type SuggestionKind = 'insert' | 'delete' | 'replace' | 'format' | 'split' | 'item' | 'join';

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
  const byId = new Map<string, SuggestionSummary & { blockMarks: number; inList: boolean }>();
  const visit = (node: BodyNode, block: number, inList: boolean) => {
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
            inList,
          }),
        );
      if (!entry.author && attrs.author) entry.author = attrs.author;
      // A whole block suggested for insertion or deletion counts its text and its paragraph break.
      const text = node.type === 'text' ? (node.text ?? '').replaceAll(BLOCK_BOUNDARY, '¶') : `${inlineText(node)}¶`;
      if (mark.type === INSERTION) entry.inserted += text;
      else if (mark.type === DELETION) entry.deleted += text;
      else entry.blockMarks += 1;
    }
    for (const child of node.content ?? []) visit(child, block, inList || node.type === 'listItem');
  };
  (body.content ?? []).forEach((node, index) => visit(node, index, false));
  return [...byId.values()].map(({ blockMarks, inList, ...s }) => describe(s, blockMarks, inList));
}

// A suggested break is a marked character at the end of one block and the start of the next: two ¶ in a row.
const BREAK = '¶¶';

/**
 * What the panel says. A break reads as one ¶; a break with typed words on one side only (Enter, then
 * typing) is a new paragraph or list item holding those words, not "Inserted ¶¶new point".
 */
function describe(s: Omit<SuggestionSummary, 'kind'>, modifications: number, inList: boolean): SuggestionSummary {
  const { inserted, deleted } = s;
  if (modifications > 0 && !inserted && !deleted) return { ...s, kind: 'format' };
  if (deleted === BREAK && !inserted) return { ...s, kind: 'join', deleted: '' };
  const words = inserted.startsWith(BREAK)
    ? inserted.slice(BREAK.length)
    : inserted.endsWith(BREAK)
      ? inserted.slice(0, -BREAK.length)
      : null;
  if (!deleted && words !== null && !words.includes('¶')) return { ...s, kind: inList ? 'item' : 'split', inserted: words };
  const oneMark = (text: string) => text.replaceAll(BREAK, '¶');
  const kind = inserted && deleted ? 'replace' : deleted ? 'delete' : 'insert';
  return { ...s, kind, inserted: oneMark(inserted), deleted: oneMark(deleted) };
}
