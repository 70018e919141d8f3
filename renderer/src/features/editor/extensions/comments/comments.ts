import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    comments: {
      /** Anchors comment thread `id` on the selection. */
      addCommentAnchor: (id: string) => ReturnType;
      removeCommentAnchor: (id: string) => ReturnType;
    };
  }
}

/**
 * A comment thread's anchor: a mark with the thread's id on the text it is about. Several threads may
 * overlap, so the mark does not exclude itself; it is not inclusive, so typing at its edge stays outside.
 * ProseMirror maps it through edits around it; when all its text is deleted the thread stays, orphaned.
 */
export const CommentAnchor = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  spanning: true,
  addAttributes: () => ({ id: { default: null, renderHTML: () => ({}) } }),
  parseHTML: () => [{ tag: 'span[data-comment-id]', getAttrs: (el) => ({ id: (el as HTMLElement).dataset.commentId ?? null }) }],
  renderHTML: ({ HTMLAttributes, mark }) => [
    'span',
    mergeAttributes(HTMLAttributes, { class: 'comment-anchor', 'data-comment-id': String(mark.attrs.id ?? '') }),
    0,
  ],

  addCommands() {
    return {
      addCommentAnchor:
        (id) =>
        ({ state, tr, dispatch }) => {
          const { from, to, empty } = state.selection;
          if (empty) return false;
          if (dispatch) tr.addMark(from, to, this.type.create({ id }));
          return true;
        },
      removeCommentAnchor:
        (id) =>
        ({ state, tr, dispatch }) => {
          if (dispatch) tr.removeMark(0, state.doc.content.size, this.type.create({ id }));
          return true;
        },
    };
  },
});
