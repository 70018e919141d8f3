import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * ProseMirror learns of a new DOM selection (a click, a drag, a script's `addRange`) only when the
 * browser's `selectionchange` event runs. Chromium queues that event as an ordinary task, and input
 * events outrank ordinary tasks: under load a keystroke right after a click or a selection is handled
 * while the editor's state still holds the old caret (seen in the e2e traces: keydown, then
 * selectionchange). Two things then go wrong:
 * - a key command reads the old caret (Ctrl+. found no finding at the end of the story and did nothing);
 * - in suggesting mode, @handlewithcare/prosemirror-suggest-changes reads a replace over the new
 *   selection with the old caret as a Backspace and puts the caret before the deleted text, so the
 *   next letters go before the first one ("uesdayT").
 * And a transaction from outside (the checks' or the find bar's decorations, from their workers) that
 * arrives in that gap redraws the text and writes the old selection back over the user's new one
 * (prosemirror-view guards only mouse drags against that).
 *
 * The cure is to read the pending DOM selection before acting: on every keydown (before any keymap,
 * and before the browser edits the text) and before a decoration update. prosemirror-view does the
 * reading in its DOM observer's `flush`; it is internal, but @tiptap/react calls the same two methods
 * for the same reason (its mobile Enter handler), and a missing method makes this a no-op, not a crash.
 */
interface DomObserver {
  forceFlush(): void;
  flush(): void;
}

/** Makes the editor's selection the DOM's, if the DOM's changed and its `selectionchange` has not run yet. */
export function readPendingDomSelection(view: EditorView): void {
  // `in`, not a read: before the editor mounts, TipTap's stand-in view throws on unknown properties.
  if (view.isDestroyed || view.composing || !('domObserver' in view)) return;
  const observer = (view as unknown as { domObserver?: Partial<DomObserver> }).domObserver;
  observer?.forceFlush?.();
  observer?.flush?.();
}

const domSelectionSyncKey = new PluginKey('domSelectionSync');

export const DomSelectionSync = Extension.create({
  name: 'domSelectionSync',
  // First among the plugins, so no other keydown handler sees the stale selection.
  priority: 10_000,
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: domSelectionSyncKey,
        props: {
          handleDOMEvents: {
            keydown(view, event) {
              // 229: an input method is composing; its selection is the IME's business.
              if (!event.isComposing && event.keyCode !== 229) readPendingDomSelection(view);
              return false;
            },
          },
        },
      }),
    ];
  },
});
