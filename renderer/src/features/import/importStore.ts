import { create } from 'zustand';
import type { ImportDraft, ImportOutcome } from '../../../../api/contract';
import { call, errorMessage } from '../../bridge/copydesk';
import { useLibrary } from '../../state/libraryStore';
import { useToasts } from '../../state/toastStore';
import { useEditorSession } from '../../state/editorSession';

const TEXT_LIMIT_BYTES = 20 * 1024 * 1024;

interface ImportState {
  /** Drafts waiting for review, first one shown. */
  queue: ImportDraft[];
  pasteOpen: boolean;
  fromDialog(): Promise<void>;
  pasteAsNew(): Promise<void>;
  fromPastedText(text: string): Promise<void>;
  /** The clipboard's HTML of a selection, read whole as the body; the plain text is the fallback. */
  fromPastedHtml(html: string, text: string): Promise<void>;
  fromDroppedFiles(files: File[]): Promise<void>;
  closePaste(): void;
  /** Adds import results to the review queue; failures become error messages naming the file. */
  enqueue(outcomes: ImportOutcome[]): void;
  accept(): Promise<void>;
  discard(): void;
}

/** Imports arrive as drafts; each is reviewed, then saved as a new article only if the user accepts it. */
export const useImports = create<ImportState>((set, get) => {
  const enqueue = (outcomes: ImportOutcome[]) => {
    const drafts: ImportDraft[] = [];
    for (const outcome of outcomes) {
      if (outcome.ok) drafts.push(outcome.draft);
      else useToasts.getState().show({ kind: 'error', text: outcome.message });
    }
    set((s) => ({ queue: [...s.queue, ...drafts] }));
  };
  const report = (error: unknown) => useToasts.getState().show({ kind: 'error', text: errorMessage(error) });

  return {
    queue: [],
    pasteOpen: false,

    async fromDialog() {
      try {
        enqueue(await call('importFiles', {}));
      } catch (error) {
        report(error);
      }
    },

    async pasteAsNew() {
      try {
        const [html, text] = await Promise.all([call('readClipboardHtml', {}), call('readClipboardText', {})]);
        if (html.trim()) await get().fromPastedHtml(html, text);
        else if (text.trim()) await get().fromPastedText(text);
        else set({ pasteOpen: true });
      } catch {
        set({ pasteOpen: true });
      }
    },

    async fromPastedHtml(html, text) {
      try {
        const outcome = await call('parseImport', { fileName: 'Pasted selection', text: html, selection: true });
        // A selection whose markup holds no article (an image, a table of figures) falls back to its text.
        if (!outcome.ok && text.trim()) return await get().fromPastedText(text);
        enqueue([outcome]);
        set({ pasteOpen: false });
      } catch (error) {
        if (text.trim()) return await get().fromPastedText(text);
        report(error);
      }
    },

    async fromPastedText(text) {
      try {
        enqueue([await call('parseImport', { fileName: 'Pasted text', text })]);
        set({ pasteOpen: false });
      } catch (error) {
        report(error);
      }
    },

    async fromDroppedFiles(files) {
      const outcomes: ImportOutcome[] = [];
      for (const file of files) {
        if (file.size > TEXT_LIMIT_BYTES) {
          outcomes.push({
            ok: false,
            fileName: file.name,
            message: `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; Copydesk imports files of up to 20 MB.`,
          });
          continue;
        }
        try {
          outcomes.push(await call('parseImport', { fileName: file.name, text: await file.text() }));
        } catch (error) {
          outcomes.push({ ok: false, fileName: file.name, message: `“${file.name}”: ${errorMessage(error)}` });
        }
      }
      enqueue(outcomes);
    },

    closePaste: () => set({ pasteOpen: false }),
    enqueue,

    async accept() {
      const draft = get().queue[0];
      if (!draft) return;
      try {
        await useEditorSession.getState().flush();
        const { id: _id, schemaVersion: _v, createdAt: _c, updatedAt: _u, ...fields } = draft.article;
        const article = await call('createArticle', { fields, importedFrom: draft.fileName });
        set((s) => ({ queue: s.queue.slice(1) }));
        const library = useLibrary.getState();
        if (library.view !== 'live') await library.showView('live');
        await library.refresh();
        library.select(article.id);
        useToasts.getState().show({ kind: 'info', text: `Imported “${article.headline || draft.fileName}”.` });
      } catch (error) {
        report(error);
      }
    },

    discard: () => set((s) => ({ queue: s.queue.slice(1) })),
  };
});
