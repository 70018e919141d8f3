import { suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import type { Node as PmNode } from '@tiptap/pm/model';
import { closeHistory } from '@tiptap/pm/history';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Transform } from '@tiptap/pm/transform';
import type { BodyNode } from '../../../../../../core/article/bodySchema';

/**
 * Puts a resolved body (core/review/resolveJson) back into the editor as one step, so one undo takes it
 * back: only the stretch that differs is replaced, so the caret and the scroll stay where they were
 * elsewhere; if that stretch cannot be replaced exactly, the whole body is. Marked for the suggesting
 * mode to leave alone (resolving is not an edit to suggest), and closed off in the undo history on both
 * sides: a reject clicked within half a second of the edit it rejects was folded into that edit's undo
 * step, so one Ctrl+Z took both away.
 */
export function putBackResolved(state: EditorState, tr: Transaction, json: BodyNode): boolean {
  const resolved: PmNode = state.schema.nodeFromJSON(json);
  const start = state.doc.content.findDiffStart(resolved.content);
  if (start === null) return false;
  let { a: endA, b: endB } = state.doc.content.findDiffEnd(resolved.content) ?? { a: state.doc.content.size, b: resolved.content.size };
  // The two ends may overlap when the change repeats what is beside it; widen both by the overlap.
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  const trial = new Transform(state.doc);
  try {
    trial.replace(start, endA, resolved.slice(start, endB));
  } catch {
    // The stretch's slice does not fit where it came from; the whole body below always does.
  }
  if (trial.doc.eq(resolved)) tr.replace(start, endA, resolved.slice(start, endB));
  else tr.replaceWith(0, state.doc.content.size, resolved.content);
  closeHistory(tr).setMeta(suggestChangesKey, { skip: true }).setMeta(resolvedKey, true);
  return true;
}

const resolvedKey = new PluginKey('resolvedSuggestions');

/** After a resolve, the next edit starts an undo step of its own (an empty transaction closes the group). */
export function closeHistoryAfterResolve(): Plugin {
  return new Plugin({
    key: resolvedKey,
    appendTransaction: (transactions, _old, state) => (transactions.some((tr) => tr.getMeta(resolvedKey)) ? closeHistory(state.tr) : null),
  });
}
