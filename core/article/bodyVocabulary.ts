/**
 * The body's vocabulary: every node and mark type the editor's schema can produce (StarterKit as configured
 * in renderer/src/features/editor/extensions, plus the Related teaser). Each output (the HTML writer in
 * render/, every format in formats/) maps these with a `Record<BodyNodeType, …>` and `Record<BodyMarkType, …>`,
 * so a type added here fails to compile until every output handles it. The zod schema still accepts any
 * type string: a file from elsewhere may carry others, and each output has one explicit fallback for them.
 */
export const BODY_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
  'horizontalRule',
  'relatedTeaser',
] as const;
export type BodyNodeType = (typeof BODY_NODE_TYPES)[number];

export const BODY_MARK_TYPES = ['bold', 'italic', 'underline', 'strike', 'code', 'link'] as const;
export type BodyMarkType = (typeof BODY_MARK_TYPES)[number];

// Sets, not object lookups: a node typed "constructor" or "__proto__" must not match.
const NODE_TYPES: ReadonlySet<string> = new Set(BODY_NODE_TYPES);
const MARK_TYPES: ReadonlySet<string> = new Set(BODY_MARK_TYPES);

export const isBodyNodeType = (type: unknown): type is BodyNodeType => typeof type === 'string' && NODE_TYPES.has(type);
export const isBodyMarkType = (type: unknown): type is BodyMarkType => typeof type === 'string' && MARK_TYPES.has(type);

/** The editor's heading levels: level 1 is the headline field, so the body runs from 2 to 4. */
export const BODY_HEADING_LEVELS = { min: 2, max: 4 } as const;

export function clampHeadingLevel(level: unknown): number {
  const value = Math.trunc(Number(level)) || BODY_HEADING_LEVELS.min;
  return Math.min(BODY_HEADING_LEVELS.max, Math.max(BODY_HEADING_LEVELS.min, value));
}
