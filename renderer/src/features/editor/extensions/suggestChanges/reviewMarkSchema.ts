import { Mark, mergeAttributes } from '@tiptap/core';
import { authorClass } from '../../../review/authorColors';

/** Attributes every suggestion mark carries; `author` and `date` are stamped by suggestChanges.ts. */
// Kept in the document, not written as HTML attributes (renderHTML below writes what the page needs).
const hidden = () => ({ default: null, renderHTML: () => ({}) });
const suggestionAttributes = () => ({ id: hidden(), author: hidden(), date: hidden() });

const rendered = (tag: string, kind: string) =>
  function renderHTML({ HTMLAttributes, mark }: { HTMLAttributes: Record<string, unknown>; mark: { attrs: Record<string, unknown> } }) {
    const author = typeof mark.attrs.author === 'string' ? mark.attrs.author : '';
    return [
      tag,
      mergeAttributes(HTMLAttributes, {
        class: `suggestion suggestion-${kind} ${authorClass(author)}`,
        'data-suggestion-id': String(mark.attrs.id ?? ''),
        title: author || 'Unknown author',
      }),
      0,
    ] as [string, Record<string, unknown>, 0];
  };

/**
 * The marks of @handlewithcare/prosemirror-suggest-changes as TipTap marks, with the author and date
 * added. They keep the package's names and exclusions, so its commands work on them unchanged.
 */
export const Insertion = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'deletion modification insertion',
  addAttributes: suggestionAttributes,
  parseHTML: () => [{ tag: 'ins[data-suggestion-id]' }],
  renderHTML: rendered('ins', 'insertion'),
});

export const Deletion = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: 'insertion modification deletion',
  addAttributes: suggestionAttributes,
  parseHTML: () => [{ tag: 'del[data-suggestion-id]' }],
  renderHTML: rendered('del', 'deletion'),
});

export const Modification = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({ ...suggestionAttributes(), type: hidden(), attrName: hidden(), previousValue: hidden(), newValue: hidden() }),
  renderHTML: rendered('span', 'modification'),
});

/** Node types that hold blocks: a suggested new paragraph or list item is a mark on the block itself. */
export const BLOCK_MARKS = 'insertion deletion modification';
