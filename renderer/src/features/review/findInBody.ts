import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import { BODY_ZONE, fieldStops, fieldZone, nextStop, type ChangeStop } from '../../../../core/review/changeStops';
import { focusedFieldCaret, hasFieldInput, selectInField } from './fieldSelection';

const REVIEW_TYPES = new Set(['insertion', 'deletion', 'modification', 'comment']);

/** Where each suggestion or comment anchor starts and ends in the editor, in document order. */
export function reviewRanges(editor: Editor): { id: string; from: number; to: number }[] {
  const ranges = new Map<string, { id: string; from: number; to: number }>();
  editor.state.doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (!REVIEW_TYPES.has(mark.type.name)) continue;
      const id = String(mark.attrs.id ?? '');
      const range = ranges.get(id);
      if (range) range.to = pos + node.nodeSize;
      else ranges.set(id, { id, from: pos, to: pos + node.nodeSize });
    }
    return true;
  });
  return [...ranges.values()].sort((a, b) => a.from - b.from);
}

/** Selects a suggestion or comment anchor by id and scrolls it into view. */
export function selectInBody(editor: Editor, id: string): boolean {
  const range = reviewRanges(editor).find((r) => r.id === id);
  if (!range) return false;
  editor.chain().focus().setTextSelection({ from: range.from, to: range.to }).scrollIntoView().run();
  return true;
}

/**
 * The next (or previous) change after the caret, wrapping round at the end: the fields' suggestions and
 * comments in reading order around the body's (core/review/changeStops.ts). The caret is the focused
 * field's when the focus is in one, else the body's. Fields with no input on screen (the caption and
 * credit take no comments) are passed over.
 */
export function goToChange(editor: Editor, article: Article, direction: 1 | -1): boolean {
  const inField = focusedFieldCaret();
  const here = inField ? { zone: fieldZone(inField.field), from: inField.at } : { zone: BODY_ZONE, from: editor.state.selection.from };
  const body: ChangeStop[] = reviewRanges(editor).map((r) => ({ zone: BODY_ZONE, from: r.from, to: r.to, bodyId: r.id }));
  const fields = fieldStops(article).filter((s) => 'field' in s && hasFieldInput(s.field));
  const next = nextStop([...fields, ...body], here, direction);
  if (!next) return false;
  if ('field' in next) return selectInField({ field: next.field, start: next.from, end: next.to });
  editor.chain().focus().setTextSelection({ from: next.from, to: next.to }).scrollIntoView().run();
  return true;
}
