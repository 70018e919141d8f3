import type { Editor } from '@tiptap/core';
import type { BodyNode } from '../../../../core/article/bodySchema';
import { bodyJson } from './bodyJson';

/**
 * TipTap's TrailingNode (in StarterKit) keeps an empty paragraph after a story that ends in a list, a quote
 * or a heading, so there is somewhere to click and type below it. It appends that paragraph on the first
 * transaction after the story opens (a selection, a check's decorations), which made the editor report a
 * change nobody made: "Unsaved changes" a moment after opening, and an autosave that rewrote the file.
 * So the editor opens with that paragraph already there, and the body it hands out leaves it off again:
 * what is saved is what was stored.
 */

const endsInParagraph = (body: BodyNode) => body.content?.at(-1)?.type === 'paragraph';
const isBareParagraph = (node: BodyNode | undefined) => node?.type === 'paragraph' && !node.content?.length && !node.marks?.length;

/** The body as the editor holds it once TrailingNode has looked at it. */
export function withTrailingParagraph(body: BodyNode): BodyNode {
  if (body.type !== 'doc' || !body.content?.length || endsInParagraph(body)) return body;
  return { ...body, content: [...body.content, { type: 'paragraph' }] };
}

/** The body without the paragraph `withTrailingParagraph` (or TrailingNode) put after a final non-paragraph block. */
export function withoutTrailingParagraph(body: BodyNode): BodyNode {
  const content = body.content ?? [];
  if (body.type !== 'doc' || content.length < 2 || !isBareParagraph(content.at(-1)) || content.at(-2)?.type === 'paragraph') return body;
  return { ...body, content: content.slice(0, -1) };
}

/** The body to save, check or export: the editor's, as it would be stored (serialised per changed block: bodyJson). */
export function editorBody(editor: Editor | null | undefined, fallback: BodyNode): BodyNode {
  return editor ? withoutTrailingParagraph(bodyJson(editor.state.doc)) : fallback;
}
