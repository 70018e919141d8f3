import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * Takes a paste back out, as its own undoable step, if the body is still as the paste left it; if anything
 * was typed since, the paste stays (nothing the user wrote is ever removed with it).
 */
export function takeBackPaste(editor: Editor | null, before: PMNode, after: PMNode | null): void {
  if (!editor || !after || !editor.state.doc.eq(after)) return;
  const start = before.content.findDiffStart(after.content);
  const end = before.content.findDiffEnd(after.content);
  if (start === null || !end) return;
  // findDiffEnd can overlap the start when the pasted text repeats what surrounds it.
  const overlap = Math.max(0, start - Math.min(end.a, end.b));
  editor.view.dispatch(editor.state.tr.replace(start, end.b + overlap, before.slice(start, end.a + overlap)));
}
