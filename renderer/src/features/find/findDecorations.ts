import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** Highlights the find bar's matches in the body; the current one stands out. */
export const findKey = new PluginKey<DecorationSet>('copydeskFind');

export interface FindRange {
  from: number;
  to: number;
  current: boolean;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    copydeskFind: {
      setFindHighlights: (ranges: readonly FindRange[]) => ReturnType;
    };
  }
}

export const FindDecorations = Extension.create({
  name: 'copydeskFind',
  addCommands() {
    return {
      setFindHighlights:
        (ranges) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, ranges).setMeta('addToHistory', false);
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: findKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const ranges = tr.getMeta(findKey) as readonly FindRange[] | undefined;
            if (ranges)
              return DecorationSet.create(
                tr.doc,
                ranges
                  .filter((r) => r.to > r.from && r.to <= tr.doc.content.size)
                  .map((r) => Decoration.inline(r.from, r.to, { class: r.current ? 'find-match find-current' : 'find-match' })),
              );
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: { decorations: (state) => findKey.getState(state) },
      }),
    ];
  },
});
