import { isSuggestChangesEnabled } from '@handlewithcare/prosemirror-suggest-changes';
import type { CommandProps } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { Document } from '@tiptap/extension-document';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import { BLOCK_MARKS } from './reviewMarkSchema';

const LISTS = new Set(['bulletList', 'orderedList']);

/**
 * In suggesting mode a paragraph made a list stays a list of its own rather than joining a list beside
 * it (TipTap's toggle joins them): the package records that join as an unmarked empty list item, which
 * showed as a stray bullet and stayed after a reject. Null: not this case, the toggle runs as usual.
 */
function wrapApart(listName: string, { state, commands }: CommandProps): boolean | null {
  if (!isSuggestChangesEnabled(state)) return null;
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) if (LISTS.has($from.node(depth).type.name)) return null;
  return commands.wrapInList(listName);
}

/**
 * The block containers (the document, lists, list items, quotes), whose children may carry a suggestion
 * mark: a paragraph suggested for deletion, a list suggested in its place, a pasted paragraph. Without
 * it, turning a paragraph into a list in suggesting mode threw "Invalid content for node doc" and did
 * nothing. TipTap's `extendNodeSchema` cannot add this: a node's own `marks` field, even unset, is
 * applied after it. bodyExtensions turns StarterKit's copies of these five off.
 */
export const ReviewBlockContainers = [
  Document.extend({ marks: BLOCK_MARKS }),
  Blockquote.extend({ marks: BLOCK_MARKS }),
  BulletList.extend({
    marks: BLOCK_MARKS,
    addCommands() {
      const parent = this.parent?.();
      return { ...parent, toggleBulletList: () => (props) => wrapApart(this.name, props) ?? parent?.toggleBulletList?.()(props) ?? false };
    },
  }),
  OrderedList.extend({
    marks: BLOCK_MARKS,
    addCommands() {
      const parent = this.parent?.();
      return {
        ...parent,
        toggleOrderedList: () => (props) => wrapApart(this.name, props) ?? parent?.toggleOrderedList?.()(props) ?? false,
      };
    },
  }),
  ListItem.extend({ marks: BLOCK_MARKS }),
];
