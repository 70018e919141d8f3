import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { SpellingService } from '../../../spelling/spellingService';
import { BlockSpelling } from './blockSpelling';
import { checksArticle } from '../../../spelling/articleLanguage';

/** How long typing must pause before the body is checked again. */
export const SPELLING_DELAY_MS = 300;

/**
 * Underlines drawn at most: past this a body is not prose (a pasted table of codes, a log), and thousands of
 * marked spans would slow the editor for no reader's benefit. The first ones, in reading order, are shown.
 */
export const MAX_UNDERLINES = 500;

export interface MisspeltWord {
  word: string;
  from: number;
  to: number;
}

export interface SpellingOptions {
  service: SpellingService | null;
  /** The open article's language: a story in a language not ticked in Settings is not underlined. */
  articleLanguage: () => string;
  /** A right-click (or the menu key) on an underlined word: the app shows its suggestions. */
  onMenu: (word: MisspeltWord, at: { x: number; y: number }) => void;
}

export const spellingKey = new PluginKey<DecorationSet>('spelling');

/**
 * Red underlines under misspelt words of the body, from the bundled Hunspell dictionaries in a worker
 * (renderer/src/features/spelling), the same in the browser host and Electron. Checking never runs in a
 * keystroke's transaction: after a pause the words go to the worker, and its answer comes back as a
 * decorations-only transaction (not a change, not in undo).
 */
export const Spelling = Extension.create<SpellingOptions>({
  name: 'spelling',
  addOptions: () => ({ service: null, articleLanguage: () => '', onMenu: () => undefined }),
  addProseMirrorPlugins() {
    const { service, onMenu, articleLanguage } = this.options;
    if (!service) return [];
    return [
      new Plugin<DecorationSet>({
        key: spellingKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => (tr.getMeta(spellingKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
        },
        props: {
          decorations: (state) => spellingKey.getState(state),
          // The browser's own spellchecker stays off in the body, so Electron does not underline twice.
          attributes: { spellcheck: 'false' },
          handleDOMEvents: {
            contextmenu: (view, event) => {
              const hit = misspeltAt(view, event);
              if (!hit) return false;
              event.preventDefault();
              onMenu(hit, { x: event.clientX, y: event.clientY });
              return true;
            },
          },
        },
        view: (view) => new SpellingView(view, service, articleLanguage),
      }),
    ];
  },
});

/** The underlined word under the pointer, or at the caret when the menu key opened the menu. */
function misspeltAt(view: EditorView, event: MouseEvent): MisspeltWord | null {
  const set = spellingKey.getState(view.state);
  if (!set) return null;
  const fromPointer = event.clientX || event.clientY ? view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos : undefined;
  const pos = fromPointer ?? view.state.selection.from;
  const found = set.find(pos, pos)[0] ?? set.find(pos - 1, pos - 1)[0];
  if (!found) return null;
  return { word: view.state.doc.textBetween(found.from, found.to), from: found.from, to: found.to };
}

const views = new WeakMap<EditorView, SpellingView>();

/** Checks the body again now, for a change the editor does not see (the article's language). */
export function recheckSpelling(view: EditorView): void {
  views.get(view)?.schedule(0);
}

class SpellingView {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private run = 0;
  private readonly unsubscribe: () => void;
  private readonly blocks: BlockSpelling;

  constructor(
    private readonly view: EditorView,
    private readonly service: SpellingService,
    private readonly articleLanguage: () => string,
  ) {
    views.set(view, this);
    this.blocks = new BlockSpelling(service);
    this.unsubscribe = service.onChange(() => {
      this.blocks.forget();
      this.schedule(0);
    });
    // An article just opened is checked after the same pause as an edit: opening it comes first.
    this.schedule(SPELLING_DELAY_MS);
  }

  update(view: EditorView, previous: EditorState): void {
    // Identity, not eq(): documents are immutable, and a deep compare of a long body on every transaction
    // (a caret move, a decoration update) would cost more than the check.
    if (view.state.doc !== previous.doc) this.schedule(SPELLING_DELAY_MS);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.run += 1;
    this.unsubscribe();
  }

  schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), delay);
  }

  private async check(): Promise<void> {
    this.timer = null;
    const run = ++this.run;
    const doc = this.view.state.doc;
    let words: MisspeltWord[];
    try {
      words = checksArticle(this.articleLanguage(), this.service.languages()) ? await this.blocks.misspeltWords(doc, MAX_UNDERLINES) : [];
    } catch {
      return; // The service has told the user; the old underlines stay until the next check.
    }
    // A newer check started, or the editor is gone; an edit since then schedules its own check.
    if (run !== this.run || this.view.isDestroyed || this.view.state.doc !== doc) return;
    const decorations = words.map((w) =>
      Decoration.inline(w.from, w.to, { class: 'spelling-error', 'data-spelling': w.word }, { word: w.word }),
    );
    this.view.dispatch(this.view.state.tr.setMeta(spellingKey, DecorationSet.create(doc, decorations)).setMeta('addToHistory', false));
  }
}
