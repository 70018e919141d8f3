import './spelling.css';
import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { MisspeltWord } from '../editor/extensions/spelling/spelling';
import { isTopLayer, openLayer } from '../../ui/modalLayers';
import { useToasts } from '../../state/toastStore';
import { errorMessage } from '../../bridge/copydesk';
import { spellingService } from './spellingService';

export interface SpellingMenuAt {
  word: MisspeltWord;
  x: number;
  y: number;
}

/**
 * The menu on a right-click (or the menu key) on an underlined word: the dictionary's suggestions, then
 * "Add to dictionary". Arrow keys move, Enter picks, Escape or a click elsewhere closes it, and focus goes
 * back to the body where it was.
 */
export function SpellingMenu({ editor, at, onClose }: { editor: Editor; at: SpellingMenuAt; onClose(): void }) {
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const { word } = at;

  useEffect(() => {
    let live = true;
    spellingService()
      .suggest(word.word)
      .then((found) => live && setSuggestions(found))
      .catch(() => live && setSuggestions([]));
    return () => {
      live = false;
    };
  }, [word.word]);

  useEffect(() => {
    const layer = openLayer();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && isTopLayer(layer)) {
        e.preventDefault();
        onClose();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer, true);
      layer.close();
    };
  }, [onClose]);

  // Focus the first item once the suggestions are in (the "Add" item if there are none).
  useEffect(() => {
    if (suggestions !== null) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [suggestions]);

  const replace = (replacement: string) => {
    onClose();
    // The text may have changed since the menu opened; replace only the word that was underlined.
    if (editor.state.doc.textBetween(word.from, word.to) !== word.word) return;
    backToText(editor);
    editor.commands.command(({ tr }) => {
      tr.insertText(replacement, word.from, word.to);
      return true;
    });
  };
  const add = () => {
    onClose();
    backToText(editor);
    spellingService()
      .addWord(word.word)
      .catch((error: unknown) =>
        useToasts.getState().show({ kind: 'error', text: `Could not add “${word.word}”: ${errorMessage(error)}` }),
      );
  };
  const move = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    items[(index + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  };

  const style = { left: Math.min(at.x, window.innerWidth - 240), top: Math.min(at.y, window.innerHeight - 260) };
  return (
    <div ref={ref} className="spelling-menu" role="menu" aria-label={`Spelling: ${word.word}`} style={style} onKeyDown={move}>
      {suggestions === null && <p className="spelling-menu-note">Looking up…</p>}
      {suggestions?.length === 0 && <p className="spelling-menu-note">No suggestions</p>}
      {suggestions?.map((s) => (
        <button key={s} type="button" role="menuitem" className="spelling-menu-suggestion" onClick={() => replace(s)}>
          {s}
        </button>
      ))}
      <hr />
      <button type="button" role="menuitem" onClick={add}>
        Add “{word.word}” to dictionary
      </button>
    </div>
  );
}

/**
 * Focus back in the body at once. TipTap's focus command waits a frame, and a shortcut pressed in that frame
 * (Ctrl+K right after "Add to dictionary") had its palette's focus taken back by the body.
 */
function backToText(editor: Editor): void {
  if (!editor.isDestroyed) editor.view.focus();
}
