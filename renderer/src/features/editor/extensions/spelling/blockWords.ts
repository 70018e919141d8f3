import type { Node as PMNode } from '@tiptap/pm/model';
import { spellingWords } from '../../../spelling/spellingWords';

export interface PlacedWord {
  word: string;
  /** Document positions, end exclusive. */
  from: number;
  to: number;
}

/** Text under these marks is not prose to check: code, and text a suggestion deletes. */
const SKIPPED_MARKS = new Set(['code', 'deletion']);

/**
 * Every checkable word of the document with its position. Each text block's text is read whole, so a word
 * half in bold is still one word; an inline node (a line break) counts as a space.
 */
export function documentWords(doc: PMNode): PlacedWord[] {
  const placed: PlacedWord[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (const w of blockWords(node)) placed.push({ word: w.word, from: pos + w.from, to: pos + w.to });
    return false;
  });
  return placed;
}

/**
 * The checkable words of one text block, placed relative to the block's own position: add the position
 * the block sits at to get document positions. A block that did not change keeps its words (and its
 * verdicts: see SpellingView), wherever edits elsewhere move it.
 */
export function blockWords(node: PMNode): PlacedWord[] {
  let text = '';
  const starts: Array<{ at: number; pos: number }> = [];
  node.forEach((child, offset) => {
    if (child.isText && !child.marks.some((m) => SKIPPED_MARKS.has(m.type.name))) {
      starts.push({ at: text.length, pos: 1 + offset });
      text += child.text ?? '';
    } else {
      // Skipped text and inline nodes keep words apart without being checked.
      text += ' ';
    }
  });
  // Words come in order, so the segment holding the next one is found by moving on, never by a rescan.
  let at = 0;
  const toPos = (index: number) => {
    while (at + 1 < starts.length && starts[at + 1]!.at <= index) at++;
    const segment = starts[at]!;
    return segment.pos + (index - segment.at);
  };
  return spellingWords(text).map((w) => ({ word: w.word, from: toPos(w.from), to: toPos(w.to - 1) + 1 }));
}
