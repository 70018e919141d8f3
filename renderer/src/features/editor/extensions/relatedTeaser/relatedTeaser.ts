import { InputRule, Node, mergeAttributes } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { RELATED_TEASER, type RelatedTeaserAttrs } from '../../../../../../core/article/relatedTeaser';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    relatedTeaser: {
      /** Inserts a Related teaser as its own block at the selection. */
      insertRelatedTeaser: (attrs: RelatedTeaserAttrs) => ReturnType;
      /** Replaces the attributes of the teaser at `pos`. */
      updateRelatedTeaser: (pos: number, attrs: RelatedTeaserAttrs) => ReturnType;
    };
  }
}

export interface RelatedTeaserOptions {
  /** Asked to collect a teaser from the user (toolbar, shortcut, "/related"). */
  onRequestInsert: () => void;
  /** Asked to edit the teaser at `pos` (double-click). */
  onRequestEdit: (pos: number, attrs: RelatedTeaserAttrs) => void;
}

const text = (value: string | null) => (value ? [value] : []);

/**
 * The inline "Related" teaser of a news page: an atom block that links to a URL or to another article
 * in the library. It renders from its attributes (no React NodeView), so long stories stay cheap.
 */
export const RelatedTeaser = Node.create<RelatedTeaserOptions>({
  name: RELATED_TEASER,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { onRequestInsert: () => undefined, onRequestEdit: () => undefined };
  },

  addAttributes() {
    const attr = (name: keyof RelatedTeaserAttrs, fallback: string | null) => ({
      default: fallback,
      parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name.toLowerCase()}`) ?? fallback,
      renderHTML: (attrs: Record<string, unknown>) => (attrs[name] ? { [`data-${name.toLowerCase()}`]: attrs[name] } : {}),
    });
    return { title: attr('title', ''), url: attr('url', null), articleId: attr('articleId', null), outlet: attr('outlet', null) };
  },

  parseHTML() {
    return [{ tag: 'aside.related-teaser' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { title, outlet } = node.attrs as RelatedTeaserAttrs;
    return [
      'aside',
      mergeAttributes(HTMLAttributes, { class: 'related-teaser', title: 'Double-click to edit' }),
      ['span', { class: 'related-label' }, 'Related'],
      [
        'span',
        { class: 'related-body' },
        ...text(outlet ? `${outlet} - ` : null).map((o) => ['span', { class: 'related-outlet' }, o]),
        ['span', { class: 'related-title' }, title],
      ],
    ];
  },

  addCommands() {
    return {
      insertRelatedTeaser:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
      updateRelatedTeaser:
        (pos, attrs) =>
        ({ tr, dispatch }) => {
          const node = tr.doc.nodeAt(pos);
          if (!node || node.type.name !== this.name) return false;
          if (dispatch) tr.setNodeMarkup(pos, undefined, attrs);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-r': () => {
        this.options.onRequestInsert();
        return true;
      },
    };
  },

  /** Typing "/related " at the start of an empty paragraph asks for a teaser, like a slash command. */
  addInputRules() {
    return [
      new InputRule({
        find: /^\/related\s$/,
        handler: ({ range, chain }) => {
          chain().deleteRange(range).run();
          this.options.onRequestInsert();
        },
      }),
    ];
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const name = this.name;
    return [
      new Plugin({
        props: {
          handleDoubleClickOn(_view, _pos, node, nodePos) {
            if (node.type.name !== name) return false;
            options.onRequestEdit(nodePos, node.attrs as RelatedTeaserAttrs);
            return true;
          },
        },
      }),
    ];
  },
});
