import type { BodyMark, BodyNode } from '../article/bodySchema';
import { BLOCK_BOUNDARY, DELETION, INSERTION, MODIFICATION, isSuggestionMark, suggestionAttrs, type SuggestionAttrs } from './reviewMarks';

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
  // Whether the last paragraph seen (in document order, across lists) ended with a suggested break: then
  // a paragraph holding nothing but a boundary character holds the other half of that break (Enter with
  // nothing typed after it), not a break of its own.
  let previousEndedWithBreak = false;
  const resolveTextblock = (node: BodyNode): { node: BodyNode; joinNext: boolean } => {
    const children = splitBoundaries(node.content ?? []);
    const isBoundary = (child: BodyNode | undefined) =>
      child?.type === 'text' && child.text === BLOCK_BOUNDARY && (child.marks ?? []).some(isSuggestionMark);
    const endsWithBreak = isBoundary(children[children.length - 1]) && !(children.length === 1 && previousEndedWithBreak);
    previousEndedWithBreak = endsWithBreak;
    const out: BodyNode[] = [];
    let joinNext = false;
    let removedSinceKept = false;
    children.forEach((child, index) => {
      if (matching(child.marks, remove)) {
        if (endsWithBreak && index === children.length - 1) joinNext = true;
        removedSinceKept = true;
        return;
      }
      let kept = cleanMarks(child);
      if (isBoundary(child) && matching(child.marks, keep)) return;
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

  /**
   * Resolves a run of sibling blocks. An entry's `joinNext` says its last paragraph loses its break and
   * runs on into the next block's first: two paragraphs, or (Enter in a list) two list items, whose
   * paragraphs then join.
   */
  const resolveBlocks = (blocks: readonly BodyNode[], top: boolean): { node: BodyNode; joinNext: boolean }[] => {
    const out: { node: BodyNode; joinNext: boolean }[] = [];
    let afterRemoved = false;
    blocks.forEach((block, index) => {
      if (matching(block.marks, remove)) {
        afterRemoved = true;
        return;
      }
      // The empty paragraph TipTap puts after a list that ends the story goes with the suggested list.
      const previous = out[out.length - 1];
      if (top && afterRemoved && index === blocks.length - 1 && isEmptyParagraph(block) && previous && !previous.joinNext) return;
      afterRemoved = false;
      let resolved: { node: BodyNode; joinNext: boolean };
      if (isTextblock(block)) resolved = resolveTextblock(block);
      else if (!block.content) resolved = { node: cleanMarks(block), joinNext: false };
      else {
        const inner = resolveBlocks(block.content, false);
        resolved = {
          node: withContent(
            cleanMarks(block),
            inner.map((e) => e.node),
          ),
          joinNext: inner[inner.length - 1]?.joinNext ?? false,
        };
      }
      const joined = previous?.joinNext ? joinBlocks(previous.node, resolved.node) : null;
      if (previous && joined) {
        previous.node = joined;
        previous.joinNext = resolved.joinNext;
        return;
      }
      if (previous) previous.joinNext = false;
      out.push(resolved);
    });
    return out;
  };

  const doc = withContent(
    cleanMarks(body),
    resolveBlocks(body.content ?? [], true).map((e) => e.node),
  );
  if (!doc.content || doc.content.length === 0) doc.content = [{ type: 'paragraph' }];
  return doc;
}

function isTextblock(block: BodyNode): boolean {
  return (
    (block.content ?? []).some((c) => c.type === 'text' || c.type === 'hardBreak') || block.type === 'paragraph' || block.type === 'heading'
  );
}

const isEmptyParagraph = (block: BodyNode) => block.type === 'paragraph' && !block.marks?.length && !block.content?.length;

/**
 * Two blocks made one, as ProseMirror joins them: paragraphs run on; two containers of one type (list
 * items, lists) become one, their seam joined the same way. Null when they cannot join (a paragraph
 * and a list).
 */
function joinBlocks(a: BodyNode, b: BodyNode): BodyNode | null {
  if (isTextblock(a) && isTextblock(b)) {
    const content = mergeText([...(a.content ?? []), ...(b.content ?? [])]);
    return content.length > 0 ? { ...a, content } : a;
  }
  if (a.type !== b.type || isTextblock(a) || isTextblock(b)) return null;
  const left = a.content ?? [];
  const right = b.content ?? [];
  const seam = left.length > 0 && right.length > 0 ? joinBlocks(left[left.length - 1]!, right[0]!) : null;
  return withContent(a, seam ? [...left.slice(0, -1), seam, ...right.slice(1)] : [...left, ...right]);
}

const isMarkedText = (node: BodyNode | undefined): node is BodyNode & { text: string } =>
  node?.type === 'text' &&
  typeof node.text === 'string' &&
  node.text.length > 1 &&
  (node.marks ?? []).some((m) => m.type === INSERTION || m.type === DELETION);

/**
 * The editor keeps a boundary character in one text node with the marked text beside it when their marks
 * are equal ("\u200Bnew point" after Enter and typing in suggesting mode); it is split off again so that
 * it is read as the paragraph break it stands for.
 */
function splitBoundaries(children: readonly BodyNode[]): BodyNode[] {
  const out = [...children];
  const first = out[0];
  if (isMarkedText(first) && first.text.startsWith(BLOCK_BOUNDARY))
    out.splice(0, 1, { ...first, text: BLOCK_BOUNDARY }, { ...first, text: first.text.slice(1) });
  const last = out[out.length - 1];
  if (isMarkedText(last) && last.text.endsWith(BLOCK_BOUNDARY))
    out.splice(out.length - 1, 1, { ...last, text: last.text.slice(0, -1) }, { ...last, text: BLOCK_BOUNDARY });
  return out;
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
