import { z } from 'zod';

/**
 * The article body is TipTap (ProseMirror) JSON. The schema checks its shape only: the types the editor
 * produces are BODY_NODE_TYPES and BODY_MARK_TYPES (./bodyVocabulary.ts), but any string is accepted, since
 * imported or older bodies may hold others and every serialiser has an explicit fallback for them. The
 * limits below stop hostile or runaway documents (deep nesting, millions of nodes) before they reach the
 * editor or the disk.
 */
export const BODY_LIMITS = {
  maxDepth: 32,
  maxNodes: 200_000,
  maxTextLength: 2_000_000,
} as const;

export interface BodyMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface BodyNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNode[];
  marks?: BodyMark[];
  text?: string;
}

/**
 * Node and mark attributes are flat values (a heading level, a link's href, a teaser's title): a deep
 * object or a megabyte string in an attribute is a hostile payload, not an article.
 */
const attrsSchema = z.record(z.string().max(64), z.union([z.string().max(4000), z.number(), z.boolean(), z.null()]));

const markSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: attrsSchema.optional(),
});

const nodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: attrsSchema.optional(),
    content: z.array(nodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

/** Walks the tree iteratively, so a hostile depth cannot overflow the stack before it is rejected. */
export function measureBody(root: BodyNode): { depth: number; nodes: number; textLength: number } {
  let depth = 0;
  let nodes = 0;
  let textLength = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    nodes += 1;
    depth = Math.max(depth, level);
    if (depth > BODY_LIMITS.maxDepth || nodes > BODY_LIMITS.maxNodes) break;
    if (typeof node !== 'object' || node === null) continue;
    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === 'string') textLength += text.length;
    if (Array.isArray(content)) for (const child of content) stack.push([child, level + 1]);
  }
  return { depth, nodes, textLength };
}

/** Limits are checked before the recursive parse, so a 100,000-deep document is refused cheaply. */
export const BodySchema: z.ZodType<BodyNode> = z
  .unknown()
  .superRefine((value, ctx) => {
    if (typeof value !== 'object' || value === null) return;
    const { depth, nodes, textLength } = measureBody(value as BodyNode);
    if (depth > BODY_LIMITS.maxDepth) {
      ctx.addIssue({ code: 'custom', message: `The body is nested more than ${BODY_LIMITS.maxDepth} levels deep.` });
    } else if (nodes > BODY_LIMITS.maxNodes) {
      ctx.addIssue({ code: 'custom', message: `The body has more than ${BODY_LIMITS.maxNodes} nodes.` });
    } else if (textLength > BODY_LIMITS.maxTextLength) {
      ctx.addIssue({ code: 'custom', message: `The body has more than ${BODY_LIMITS.maxTextLength} characters.` });
    }
  })
  .pipe(nodeSchema.refine((doc) => doc.type === 'doc', 'The body must be a document node.'));

export function emptyBody(): BodyNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function paragraph(text: string): BodyNode {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}
