import type { BodyNode } from '../article/bodySchema';
import { RELATED_TEASER } from '../article/relatedTeaser';

const isContainer = (type: string): boolean =>
  type === 'blockquote' || type === 'bulletList' || type === 'orderedList' || type === 'listItem';

/** Makes the tree valid for the editor's schema (the builder has already enforced the size limits). */
export function tidyBody(doc: BodyNode & { content: BodyNode[] }): BodyNode {
  doc.content = tidyBlocks(doc.content);
  if (doc.content.length === 0) doc.content.push({ type: 'paragraph' });
  return doc;
}

/** Recursion is bounded here: the builder never nests containers deeper than the body limit. */
function tidyBlocks(blocks: BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (const block of blocks) {
    if (!isContainer(block.type)) {
      out.push(block);
      continue;
    }
    const content = tidyBlocks(block.content ?? []);
    if (content.length === 0) continue;
    if (block.type === 'blockquote' && content.every((b) => b.type === RELATED_TEASER)) {
      out.push(...content); // "> Related: …" is how Markdown writes a teaser, not a quotation
      continue;
    }
    if (block.type === 'listItem' && content[0]!.type !== 'paragraph') {
      // A list item starts with a paragraph in the editor's schema.
      const first = content[0]!;
      if (first.type === 'heading') content[0] = { type: 'paragraph', content: first.content ?? [] };
      else content.unshift({ type: 'paragraph' });
    }
    out.push({ ...block, content });
  }
  return out;
}
