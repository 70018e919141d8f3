import type { BodyMark, BodyNode } from '../article/bodySchema';
import { BLOCK_BOUNDARY, DELETION, INSERTION, MODIFICATION, suggestionAttrs, type SuggestionAttrs } from './reviewMarks';

export type Resolution = 'accept' | 'reject';
export type SuggestionFilter = (attrs: SuggestionAttrs) => boolean;

/**
 * Accepts or rejects suggestions on the JSON in one linear pass. It follows the editor package's rules
 * (@handlewithcare/prosemirror-suggest-changes: the removed side goes, the kept side loses its mark, a
 * marked invisible character at a paragraph's end stands for the paragraph break, one of two spaces
 * either side of a removed stretch goes with it) but without a transaction step per suggestion, which
 * made "accept all" of 1,000 suggestions take seconds. review.test.ts checks both give the same result.
 */
export function resolveJson(body: BodyNode, resolution: Resolution, filter: SuggestionFilter = () => true): BodyNode {
  const remove = resolution === 'accept' ? DELETION : INSERTION;
  const keep = resolution === 'accept' ? INSERTION : DELETION;
  const matching = (marks: readonly BodyMark[] | undefined, type: string) =>
    (marks ?? []).some((m) => m.type === type && filter(suggestionAttrs(m)));
  const cleanMarks = (node: BodyNode): BodyNode => {
    if (!node.marks) return node;
    let out: BodyNode = node;
    const mods = node.marks.filter((m) => m.type === MODIFICATION && filter(suggestionAttrs(m)));
    if (resolution === 'reject') for (const mod of mods) out = revertModification(out, mod);
    const marks = node.marks.filter((m) => !((m.type === keep || m.type === MODIFICATION) && filter(suggestionAttrs(m))));
    if (marks.length === node.marks.length && out === node) return node;
    const copy: BodyNode = { ...out };
    if (marks.length > 0) copy.marks = marks;
    else delete copy.marks;
    return copy;
  };

  /** Returns the resolved node, and whether its paragraph break goes (the next block joins it). */
  const resolveTextblock = (node: BodyNode): { node: BodyNode; joinNext: boolean } => {
    const children = node.content ?? [];
    const out: BodyNode[] = [];
    let joinNext = false;
    let removedSinceKept = false;
    children.forEach((child, index) => {
      const isBoundary = child.type === 'text' && child.text === BLOCK_BOUNDARY;
      if (matching(child.marks, remove)) {
        if (isBoundary && index === children.length - 1) joinNext = true;
        removedSinceKept = true;
        return;
      }
      let kept = cleanMarks(child);
      if (isBoundary && matching(child.marks, keep)) return;
      if (removedSinceKept && kept.type === 'text') {
        const previous = out[out.length - 1];
        if (previous?.type === 'text' && previous.text?.endsWith(' ') && kept.text?.startsWith(' '))
          kept = { ...kept, text: kept.text.slice(1) };
      }
      removedSinceKept = false;
      if (kept.type !== 'text' || kept.text) out.push(kept);
    });
    const resolved = cleanMarks({ ...node });
    const merged = mergeText(out);
    if (merged.length > 0) resolved.content = merged;
    else delete resolved.content;
    return { node: resolved, joinNext };
  };

  const resolveBlocks = (blocks: readonly BodyNode[]): BodyNode[] => {
    const out: { node: BodyNode; joinNext: boolean }[] = [];
    for (const block of blocks) {
      if (matching(block.marks, remove)) continue;
      const isTextblock =
        (block.content ?? []).some((c) => c.type === 'text' || c.type === 'hardBreak') ||
        block.type === 'paragraph' ||
        block.type === 'heading';
      const resolved = isTextblock
        ? resolveTextblock(block)
        : { node: withContent(cleanMarks(block), block.content ? resolveBlocks(block.content) : undefined), joinNext: false };
      const previous = out[out.length - 1];
      if (previous?.joinNext && isTextblock) {
        const content = mergeText([...(previous.node.content ?? []), ...(resolved.node.content ?? [])]);
        previous.node = content.length > 0 ? { ...previous.node, content } : previous.node;
        previous.joinNext = resolved.joinNext;
        continue;
      }
      if (previous) previous.joinNext = false;
      out.push(resolved);
    }
    return out.map((entry) => entry.node);
  };

  const doc = withContent(cleanMarks(body), resolveBlocks(body.content ?? []));
  if (!doc.content || doc.content.length === 0) doc.content = [{ type: 'paragraph' }];
  return doc;
}

function withContent(node: BodyNode, content: BodyNode[] | undefined): BodyNode {
  const out = { ...node };
  if (content === undefined) delete out.content;
  else out.content = content;
  return out;
}

/** A rejected attribute or node-type change puts the old value back. */
function revertModification(node: BodyNode, mod: BodyMark): BodyNode {
  const a = mod.attrs ?? {};
  if (a.type === 'attr' && typeof a.attrName === 'string')
    return { ...node, attrs: { ...(node.attrs ?? {}), [a.attrName]: (a.previousValue ?? null) as string | number | boolean | null } };
  if (a.type === 'nodeType' && typeof a.previousValue === 'string') return { ...node, type: a.previousValue };
  return node;
}

const sameMarks = (a: BodyNode, b: BodyNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

function mergeText(nodes: BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && last.type === 'text' && node.type === 'text' && sameMarks(last, node))
      out[out.length - 1] = { ...last, text: (last.text ?? '') + (node.text ?? '') };
    else out.push(node);
  }
  return out;
}
