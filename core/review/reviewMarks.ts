import type { BodyMark, BodyNode } from '../article/bodySchema';

/**
 * Mark names in the body. `insertion`, `deletion` and `modification` are those of
 * @handlewithcare/prosemirror-suggest-changes (the editor's suggesting mode), with `author` and `date`
 * added; `comment` anchors a comment thread (several may overlap, one per thread).
 */
export const INSERTION = 'insertion';
export const DELETION = 'deletion';
export const MODIFICATION = 'modification';
export const COMMENT = 'comment';
export const SUGGESTION_MARKS: ReadonlySet<string> = new Set([INSERTION, DELETION, MODIFICATION]);
export const REVIEW_MARKS: ReadonlySet<string> = new Set([INSERTION, DELETION, MODIFICATION, COMMENT]);

/** The invisible character the editor inserts to mark a suggested paragraph split or join. */
export const BLOCK_BOUNDARY = '\u200B';

export interface SuggestionAttrs {
  id: string;
  author: string;
  date: string;
}

export function suggestionAttrs(mark: BodyMark): SuggestionAttrs {
  const a = mark.attrs ?? {};
  return { id: String(a.id ?? ''), author: typeof a.author === 'string' ? a.author : '', date: typeof a.date === 'string' ? a.date : '' };
}

export const isSuggestionMark = (mark: BodyMark): boolean => SUGGESTION_MARKS.has(mark.type);

/** True when any node in the body carries a mark from `names` (iterative, stops at the first). */
export function hasMarks(body: BodyNode, names: ReadonlySet<string>): boolean {
  const stack: BodyNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.marks?.some((m) => names.has(m.type))) return true;
    if (node.content) for (const child of node.content) stack.push(child);
  }
  return false;
}

/** True when any node or mark in the body is a suggestion. */
export const hasSuggestions = (body: BodyNode): boolean => hasMarks(body, SUGGESTION_MARKS);

/** The body without comment anchors (publication formats and a clean copy carry none). */
export function withoutMarks(body: BodyNode, names: ReadonlySet<string>): BodyNode {
  const strip = (node: BodyNode): BodyNode => {
    const out: BodyNode = { ...node };
    if (node.marks) {
      const marks = node.marks.filter((m) => !names.has(m.type));
      if (marks.length > 0) out.marks = marks;
      else delete out.marks;
    }
    if (node.content) out.content = mergeText(node.content.map(strip));
    return out;
  };
  return strip(body);
}

const sameMarks = (a: BodyNode, b: BodyNode) => JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);

/** Neighbouring text nodes with the same marks become one, as ProseMirror itself would store them. */
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
