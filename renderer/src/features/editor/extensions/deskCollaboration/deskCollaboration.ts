import { Extension, type Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { BODY_ROOT } from '../../../../../../core/desk/articleDoc';

export interface DeskBinding {
  doc: Y.Doc;
  awareness: Awareness;
}

/**
 * The body bound to the article's Y.Doc (its `body` fragment, the layout core/desk/bodyFragment.ts
 * writes), with Yjs's own undo (only this window's edits are undone, never a colleague's), and the
 * others' carets and selections from awareness. @tiptap/extension-collaboration-caret would pin every
 * @tiptap package to 3.31.3, so the carets come from y-tiptap's plugin, which that extension wraps.
 */
export function deskCollaboration(binding: DeskBinding): Extensions {
  return [
    Collaboration.configure({ fragment: binding.doc.getXmlFragment(BODY_ROOT) }),
    Extension.create({
      name: 'deskCarets',
      addProseMirrorPlugins: () => [yCursorPlugin(binding.awareness, { cursorBuilder: caret, selectionBuilder: selection })],
    }),
  ];
}

/** A coloured bar with the person's name above it (the class styles it; the colour comes from the desk). */
function caret(user: { name?: string; color?: string }): HTMLElement {
  const bar = document.createElement('span');
  bar.className = 'desk-caret';
  bar.style.setProperty('--desk-color', safeColor(user.color));
  const label = document.createElement('span');
  label.className = 'desk-caret-label';
  label.textContent = user.name ?? '';
  bar.append(label);
  return bar;
}

function selection(user: { color?: string }) {
  return { style: `background-color: ${safeColor(user.color)}40`, class: 'ProseMirror-yjs-selection' };
}

/** A colour from another client is used only if it is a plain hex colour (no CSS injected through it). */
export function safeColor(color: unknown): string {
  return typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : '#888888';
}
