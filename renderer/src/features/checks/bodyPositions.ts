import type { Node as PmNode } from '@tiptap/pm/model';

export interface BodyBlockPosition {
  node: PmNode;
  /** Position just inside the block (its first character). */
  start: number;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'codeBlock']);

/**
 * The body's text blocks in the order core/text/bodyText numbers them (Related teasers skipped), so a
 * finding's block index from the worker points at the same paragraph in the editor.
 */
export function bodyBlockPositions(doc: PmNode): BodyBlockPosition[] {
  const blocks: BodyBlockPosition[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'relatedTeaser') return false;
    if (BLOCK_TYPES.has(node.type.name)) {
      blocks.push({ node, start: pos + 1 });
      return false;
    }
    return true;
  });
  return blocks;
}

/** A character offset in the block's plain text (text, and "\n" for a hard break) to a document position. */
export function offsetToPos(block: BodyBlockPosition, offset: number): number {
  let chars = 0;
  let pos = block.start;
  for (let i = 0; i < block.node.childCount; i++) {
    const child = block.node.child(i);
    const length = child.isText ? child.text!.length : child.type.name === 'hardBreak' ? 1 : 0;
    if (offset <= chars + length && (length > 0 || offset === chars)) return pos + (offset - chars);
    chars += length;
    pos += child.nodeSize;
  }
  return pos;
}

/** The span of (block, from, to) in the current document, or null when the block is gone. */
export function spanToRange(
  blocks: readonly BodyBlockPosition[],
  block: number,
  from: number,
  to: number,
): { from: number; to: number } | null {
  const target = blocks[block];
  if (!target) return null;
  return { from: offsetToPos(target, from), to: offsetToPos(target, to) };
}

/** A block's plain text as core/text/bodyText reads it (a hard break is "\n"), matching offsetToPos. */
export function blockText(block: BodyBlockPosition): string {
  let text = '';
  block.node.forEach((child) => {
    text += child.isText ? child.text! : child.type.name === 'hardBreak' ? '\n' : '';
  });
  return text;
}
