import type { BodyNode } from '../../core/article/bodySchema';
import { BLOCK_BOUNDARY, DELETION, INSERTION } from '../../core/review/reviewMarks';
import type { ReadParagraph, Revision } from './docxParagraphReader';

export type ListKind = (numId: string, level: number) => 'bullet' | 'ordered';

const boundary = (revision: Revision): BodyNode => ({
  type: 'text',
  text: BLOCK_BOUNDARY,
  marks: [
    { type: revision.kind === 'ins' ? INSERTION : DELETION, attrs: { id: revision.id, author: revision.author, date: revision.date } },
  ],
});

/**
 * Word records a suggested paragraph break on the paragraph mark; the editor records it as a marked
 * invisible character at the end of the paragraph and at the start of the next one (its own convention),
 * so accepting or rejecting it there splits or joins the paragraphs as Word would.
 */
export function withBoundaries(paragraphs: ReadParagraph[]): ReadParagraph[] {
  const out = paragraphs.map((p) => ({ ...p, inlines: [...p.inlines] }));
  for (let i = 0; i < out.length; i++) {
    const revision = out[i]!.markRevision;
    if (!revision || i === out.length - 1) continue;
    out[i]!.inlines.push(boundary(revision));
    out[i + 1]!.inlines.unshift(boundary(revision));
  }
  return out;
}

const HEADING_LEVEL = (level: number) => (level <= 2 ? 2 : level === 3 ? 3 : 4);

/** Paragraphs to body blocks: headings, quotes (neighbours joined), nested lists, paragraphs. */
export function toBlocks(paragraphs: readonly ReadParagraph[], listKind: ListKind): BodyNode[] {
  const blocks: BodyNode[] = [];
  // The open lists, outermost first, each with the level it is at.
  let lists: { node: BodyNode; level: number; numId: string }[] = [];
  for (const p of paragraphs) {
    const content = p.inlines.length > 0 ? { content: p.inlines } : {};
    if (p.list) {
      const { numId, ilvl } = p.list;
      while (
        lists.length > 0 &&
        (lists[lists.length - 1]!.level > ilvl || (lists[lists.length - 1]!.level === ilvl && lists[lists.length - 1]!.numId !== numId))
      )
        lists.pop();
      const item: BodyNode = { type: 'listItem', content: [{ type: 'paragraph', ...content }] };
      const top = lists[lists.length - 1];
      if (top && top.level === ilvl) {
        top.node.content!.push(item);
        continue;
      }
      const list: BodyNode = { type: listKind(numId, ilvl) === 'ordered' ? 'orderedList' : 'bulletList', content: [item] };
      if (top) {
        // A deeper list hangs under the last item of the list above it.
        const lastItem = top.node.content![top.node.content!.length - 1]!;
        lastItem.content!.push(list);
      } else blocks.push(list);
      lists.push({ node: list, level: ilvl, numId });
      continue;
    }
    lists = [];
    if (p.role === 'heading' || p.role === 'title' || p.role === 'subtitle') {
      blocks.push({ type: 'heading', attrs: { level: p.role === 'heading' ? HEADING_LEVEL(p.level) : 2 }, ...content });
    } else if (p.role === 'quote') {
      const last = blocks[blocks.length - 1];
      const para: BodyNode = { type: 'paragraph', ...content };
      if (last?.type === 'blockquote') last.content!.push(para);
      else blocks.push({ type: 'blockquote', content: [para] });
    } else {
      blocks.push({ type: 'paragraph', ...content });
    }
  }
  return blocks;
}
