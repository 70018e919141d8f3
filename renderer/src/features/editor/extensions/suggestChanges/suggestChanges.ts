import { Extension, type Editor } from '@tiptap/core';
import { isSuggestChangesEnabled, suggestChangesKey, withSuggestChanges } from '@handlewithcare/prosemirror-suggest-changes';
import { Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { BodyNode } from '../../../../../../core/article/bodySchema';
import { resolveJson, type Resolution, type SuggestionFilter } from '../../../../../../core/review/resolveJson';
import { closeHistoryAfterResolve, putBackResolved } from './putBackResolved';

export interface SuggestChangesOptions {
  /** Who is typing and when, read at each edit (settings may change while the article is open). */
  who: () => { author: string; date: string };
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestChanges: {
      setSuggesting: (on: boolean) => ReturnType;
      resolveSuggestion: (id: string, resolution: Resolution) => ReturnType;
      resolveSuggestions: (resolution: Resolution, author?: string) => ReturnType;
    };
  }
}

const stampKey = new PluginKey('suggestionStamp');
const SUGGESTION_TYPES = new Set(['insertion', 'deletion', 'modification']);
let counter = 0;
/** Ids are strings, unique without a scan of the document (the package's default numbers scan it per edit). */
const newId = () => `s${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Suggesting mode: @handlewithcare/prosemirror-suggest-changes turns every edit into insertion and
 * deletion marks (docs/review.md says why this package). This extension adds the package's plugin, wraps
 * the view's dispatch as the package requires, and stamps each new mark with the author and the time.
 */
export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',
  addOptions: () => ({ who: () => ({ author: '', date: new Date().toISOString() }) }),

  addProseMirrorPlugins() {
    const who = this.options.who;
    return [suggestingState(), stampPlugin(who), closeHistoryAfterResolve()];
  },

  onCreate() {
    const view = this.editor.view;
    const dispatch = view.props.dispatchTransaction?.bind(view) ?? ((tr: Transaction) => view.updateState(view.state.apply(tr)));
    view.setProps({ dispatchTransaction: withSuggestChanges(dispatch, () => newId()) });
  },

  addCommands() {
    return {
      setSuggesting:
        (on) =>
        ({ state, dispatch }) => {
          if (isSuggestChangesEnabled(state) === on) return true;
          if (dispatch) dispatch(state.tr.setMeta(suggestChangesKey, { skip: true, enabled: on }));
          return true;
        },
      // One suggestion, all, or one author's: the body resolved in one pass (core/review/resolveJson, which
      // also restores what the package's own revert gets wrong: a list item made with Enter) and put back
      // as one step, one undo step.
      resolveSuggestion:
        (id, resolution) =>
        ({ state, tr, dispatch }) => {
          const json = resolveJson(state.doc.toJSON() as BodyNode, resolution, (attrs) => attrs.id === id);
          return dispatch ? putBackResolved(state, tr, json) : true;
        },
      resolveSuggestions:
        (resolution, author) =>
        ({ state, tr, dispatch }) => {
          const filter: SuggestionFilter | undefined = author === undefined ? undefined : (attrs) => attrs.author === author;
          const json = resolveJson(state.doc.toJSON() as BodyNode, resolution, filter);
          if (dispatch) putBackResolved(state, tr, json);
          return true;
        },
    };
  },
});

export const isSuggesting = (editor: Editor | null): boolean => (editor ? isSuggestChangesEnabled(editor.state) : false);

/** Marks the package made carry only an id; the stamp adds author and date, looking only where the edit was. */
function stampPlugin(who: SuggestChangesOptions['who']): Plugin {
  const stamps = new Map<string, { author: string; date: string }>();
  return new Plugin({
    key: stampKey,
    appendTransaction(transactions, _old, state) {
      if (!transactions.some((tr) => tr.docChanged) || transactions.some((tr) => tr.getMeta(stampKey))) return null;
      const ranges: [number, number][] = [];
      for (const tr of transactions) {
        tr.mapping.maps.forEach((map, index) => {
          map.forEach((_oldStart, _oldEnd, start, end) => {
            const rest = tr.mapping.slice(index + 1);
            ranges.push([rest.map(start, -1), rest.map(end, 1)]);
          });
        });
      }
      const tr = state.tr;
      // One suggestion keeps one stamp: the package extends a suggestion's id as the user types on.
      const stampOf = (id: unknown) => {
        const key = String(id);
        let stamp = stamps.get(key);
        if (!stamp) {
          const now = who();
          stamp = { author: now.author, date: now.date };
          stamps.set(key, stamp);
        }
        return stamp;
      };
      const size = state.doc.content.size;
      for (const [from, to] of ranges) {
        state.doc.nodesBetween(Math.max(0, from - 1), Math.min(size, to + 1), (node: PmNode, pos: number) => {
          for (const mark of node.marks) {
            if (!SUGGESTION_TYPES.has(mark.type.name) || mark.attrs.author) continue;
            const stamp = stampOf(mark.attrs.id);
            const stamped = mark.type.create({ ...mark.attrs, author: stamp.author, date: stamp.date });
            if (node.isInline) tr.removeMark(pos, pos + node.nodeSize, mark).addMark(pos, pos + node.nodeSize, stamped);
            else tr.removeNodeMark(pos, mark).addNodeMark(pos, stamped);
          }
        });
      }
      return tr.docChanged || tr.steps.length > 0 ? tr.setMeta(stampKey, true).setMeta('addToHistory', true) : null;
    },
  });
}

/**
 * The package's plugin (`suggestChanges()`) under its own key, so its commands and `withSuggestChanges`
 * see the same on/off state, minus its pilcrow decorations: those walk the whole document on every
 * keystroke, which in a 20,000-word story cost more than the rest of suggesting mode together. The
 * review panel lists suggested paragraph breaks instead. The arrow keys still step over the invisible
 * boundary characters, as the package does.
 */
function suggestingState(): Plugin {
  return new Plugin({
    key: suggestChangesKey,
    state: {
      init: () => ({ enabled: false }),
      apply(tr, value: { enabled: boolean }) {
        const meta = tr.getMeta(suggestChangesKey) as { enabled?: boolean } | undefined;
        return meta && 'enabled' in meta ? { enabled: Boolean(meta.enabled) } : value;
      },
    },
    props: {
      handleKeyDown(view, event) {
        const selection = view.state.selection;
        if (!(selection instanceof TextSelection) || !selection.empty || !selection.$cursor) return false;
        const $cursor = selection.$cursor;
        if (event.key === 'ArrowRight' && $cursor.nodeAfter?.text?.startsWith('\u200B'))
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, $cursor.pos + 1)));
        if (event.key === 'ArrowLeft' && $cursor.nodeBefore?.text?.endsWith('\u200B'))
          view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, $cursor.pos - 1)));
        return false;
      },
    },
  });
}
