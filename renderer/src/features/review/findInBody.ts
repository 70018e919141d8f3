import type { Editor } from '@tiptap/core';

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

/** The next (or previous) change after the cursor, wrapping round at the end. */
export function goToChange(editor: Editor, direction: 1 | -1): boolean {
  const ranges = reviewRanges(editor);
  if (ranges.length === 0) return false;
  const here = editor.state.selection.from;
  const next =
    direction === 1
      ? (ranges.find((r) => r.from > here) ?? ranges[0]!)
      : ([...ranges].reverse().find((r) => r.from < here) ?? ranges[ranges.length - 1]!);
  editor.chain().focus().setTextSelection({ from: next.from, to: next.to }).scrollIntoView().run();
  return true;
}
