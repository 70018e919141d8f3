import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, EditorContent } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import type { Article } from '../../../../core/article/schema';
import { copyAttributes } from '../../../../core/text/direction';
import { call, errorMessage } from '../../bridge/copydesk';
import { useLibrary } from '../../state/libraryStore';
import { resetFlush, useEditorSession } from '../../state/editorSession';
import { useRelatedDialog } from '../../state/relatedDialogStore';
import { Autosave } from './autosave';
import { bodyExtensions } from './extensions/index';
import { FormatToolbar } from './FormatToolbar';
import { ArticleFields, type ArticlePatch } from './ArticleFields';
import { ArticleInspector } from './ArticleInspector';
import { ArticleFooterFields } from './ArticleFooterFields';
import { sanitizePastedHtml } from './sanitizePaste';
import { offerPasteAsNew } from '../import/offerPasteAsNew';
import { takeBackPaste } from './takeBackPaste';
import { useBodyStats } from './useBodyStats';
import { storeDroppedImage } from './LeadImageField';
import { stashDraft } from './draftRecovery';
import { editorBody, withTrailingParagraph } from './trailingParagraph';
import { ReviewPanel } from '../review/ReviewPanel';
import { useArticleReview, who } from '../review/useArticleReview';
import { followFieldEdits } from '../review/followFieldEdits';
import { useReview } from '../review/reviewStore';
import { CheckDecorations } from '../checks/checkDecorations';
import { useEditorChecks } from '../checks/useEditorChecks';
import { ChecksPanel } from '../checks/ChecksPanel';
import { findingActions } from '../checks/findingActions';
import { FindDecorations } from '../find/findDecorations';
import { FindReplaceBar } from '../find/FindReplaceBar';
import { GateDialog } from '../gate/GateDialog';
import { recheckSpelling, Spelling } from './extensions/spelling/spelling';
import { spellingService } from '../spelling/spellingService';
import { SpellingMenu, type SpellingMenuAt } from '../spelling/SpellingMenu';
import { GATED_STATUSES, useGate } from '../gate/gateStore';
import { useGateCheck } from '../gate/useGateCheck';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { DeskMirror } from '../desk/deskMirror';
import { useDeskBinding, writeDeskFields } from '../desk/useDeskBinding';
import { PresenceList } from '../desk/PresenceList';
import { ShareBar } from '../desk/ShareBar';

// The preview (and the render/ code behind it) loads the first time it is shown, not with the editor.
const ArticlePreviewPane = lazy(() => import('./ArticlePreviewPane').then((m) => ({ default: m.ArticlePreviewPane })));

/** Autosave fires this long after the last keystroke (the target is at most 1 s). */
export const AUTOSAVE_DELAY_MS = 700;

/**
 * One open article. The fields live in React state; the body lives in TipTap and is read only when
 * saving or previewing, so typing in a long story neither re-renders React nor serialises the document.
 * Shared with a desk (`desk` set), the body and fields are bound to the article's Y.Doc mirror: an edit
 * is a Yjs update sent to main, "saved" means main has logged it, and the article file is main's
 * projection of the Y.Doc, so no save here can revert a change that just arrived from the desk.
 */
export function ArticleEditor({ initial, desk = null }: { initial: Article; desk?: DeskMirror | null }) {
  const latest = useRef<Article>(initial);
  const editorRef = useRef<Editor | null>(null);
  const [fields, setFields] = useState(initial);
  const upsert = useLibrary((s) => s.upsert);
  const view = useEditorSession((s) => s.view);
  const { setSaveState, setFlush } = useEditorSession.getState();

  const autosave = useMemo(
    () =>
      new Autosave({
        delayMs: AUTOSAVE_DELAY_MS,
        describeError: errorMessage,
        onState: setSaveState,
        save: async () => {
          if (desk) return desk.flush();
          const body = editorBody(editorRef.current, latest.current.body);
          const { article, entry } = await call('saveArticle', { article: { ...latest.current, body } });
          latest.current = { ...latest.current, updatedAt: article.updatedAt, slug: article.slug };
          setFields((f) => ({ ...f, updatedAt: article.updatedAt, slug: article.slug }));
          upsert(entry);
        },
      }),
    [setSaveState, upsert, desk],
  );

  // The gate needs the live body, which only TipTap holds between saves.
  const currentFields = useCallback((): Article => ({ ...latest.current, body: editorBody(editorRef.current, latest.current.body) }), []);
  const onBodyChange = useBodyStats();
  const scheduleCheck = useEditorChecks(editorRef, latest);
  const relatedOptions = useMemo(() => relatedTeaserHooks(editorRef), []);
  const [spellingMenu, setSpellingMenu] = useState<SpellingMenuAt | null>(null);
  const closeSpellingMenu = useCallback(() => setSpellingMenu(null), []);
  const spelling = useMemo(
    () =>
      Spelling.configure({
        service: spellingService(),
        articleLanguage: () => latest.current.language,
        onMenu: (word, at) => setSpellingMenu({ word, ...at }),
      }),
    [],
  );
  const editor = useEditor({
    extensions: [...bodyExtensions(relatedOptions, { who }, desk), CheckDecorations, FindDecorations, spelling],
    // Bound to a desk, the content is the Y.Doc's body fragment.
    content: desk ? undefined : withTrailingParagraph(initial.body),
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    injectCSS: false,
    editorProps: {
      attributes: { class: 'body-editor', 'aria-label': 'Article body', 'data-testid': 'body-editor' },
      transformPastedHTML: sanitizePastedHtml,
      // The paste goes ahead; a whole page or wire story is offered as a new article beside it.
      handlePaste: (view, event) => {
        const before = view.state.doc;
        let after: typeof before | null = null;
        // The default paste dispatches right after this returns; the microtask sees its result.
        queueMicrotask(() => (after = view.state.doc));
        offerPasteAsNew(event.clipboardData, () => takeBackPaste(editorRef.current, before, after));
        return false;
      },
    },
    onCreate: ({ editor: created }) => onBodyChange(created),
    onUpdate: ({ editor: updated, transaction }) => {
      onBodyChange(updated);
      // A change that arrived from the desk is already saved; only this window's edits wait to be sent.
      if (!isChangeOrigin(transaction)) autosave.changed();
      scheduleCheck();
    },
  });
  editorRef.current = editor;

  const update = useCallback(
    (patch: ArticlePatch) => {
      // A comment in a field follows that field's edits, whichever way they come (typing, replace, a fix).
      latest.current = followFieldEdits(latest.current, { ...latest.current, ...patch });
      setFields(latest.current);
      if (desk) writeDeskFields(desk, latest.current, Object.keys(patch) as Array<keyof Article>);
      autosave.changed();
      scheduleCheck();
    },
    [autosave, scheduleCheck, desk],
  );
  useDeskBinding(desk, latest, setFields);
  const { onFieldsChange, panel } = useArticleReview(editor, latest, update);
  const reviewOpen = useReview((s) => s.panelOpen);
  // Spelling follows the article's language: a change of it (Inspector › Language) checks the body again.
  useEffect(() => {
    if (!editor.isDestroyed) recheckSpelling(editor.view);
  }, [editor, fields.language]);

  useEffect(() => {
    const { setAttachLeadImage } = useEditorSession.getState();
    setSaveState({ kind: 'saved' });
    setFlush(() => autosave.flush());
    // An image dropped anywhere on the window becomes this article's lead image.
    setAttachLeadImage(async (file) => {
      const asset = await storeDroppedImage(file);
      const image = latest.current.leadImage;
      update({ leadImage: { asset, caption: image?.caption ?? '', credit: image?.credit ?? '', alt: image?.alt ?? '' } });
    });
    // The window may go before an IPC save lands; stash unsaved work synchronously for the next start.
    // Bound to a desk, edits leave for main as they are made (no draft to stash: its JSON could revert the desk's).
    const stash = () => {
      // Bound to a desk, edits waiting out the pause between sends (SEND_EVERY_MS) leave now.
      if (desk) void desk.flush().catch(() => undefined);
      else if (autosave.hasUnsavedChanges) stashDraft({ ...latest.current, body: editorBody(editorRef.current, latest.current.body) });
    };
    window.addEventListener('pagehide', stash);
    return () => {
      window.removeEventListener('pagehide', stash);
      // Leaving the article (switching, closing) saves what is pending first.
      void autosave.flush().finally(() => autosave.dispose());
      resetFlush();
      setAttachLeadImage(null);
    };
  }, [autosave, setFlush, setSaveState, update, desk]);

  // A file saved by a newer Copydesk is shown but never written: the store refuses, and so does the UI.
  const [readOnly, setReadOnly] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('getReadOnlyReason', { id: initial.id }).then((reason) => {
      if (!live) return;
      setReadOnly(reason);
      // No update event: switching editability is not an edit, and must not trigger a save.
      editorRef.current?.setEditable(reason === null, false);
    });
    return () => {
      live = false;
    };
  }, [initial.id]);

  // Ctrl+F and Ctrl+H inside the open article find in it; elsewhere Ctrl+F stays the library search.
  const [findMode, setFindMode] = useState<'find' | 'replace' | null>(null);
  const onEditorKey = (event: React.KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'f' && key !== 'h') return;
    event.preventDefault();
    setFindMode(key === 'h' || event.shiftKey ? 'replace' : 'find');
  };
  useGateCheck(currentFields);
  // Moving to Ready or Published from the inspector goes through the gate first.
  const inspectorChange = useCallback(
    (patch: ArticlePatch) => {
      if (patch.status && GATED_STATUSES.has(patch.status) && patch.status !== latest.current.status) {
        void useGate
          .getState()
          .allow(patch.status)
          .then((go) => go && onFieldsChange(patch));
        return;
      }
      onFieldsChange(patch);
    },
    [onFieldsChange],
  );
  const actions = useMemo(
    () =>
      findingActions(
        () => editorRef.current,
        () => latest.current,
        update,
      ),
    [update],
  );
  const currentArticle = (): Article => ({ ...latest.current, body: editorBody(editor, latest.current.body) });

  return (
    <div className="article-editor" data-testid="article-editor" onKeyDown={onEditorKey}>
      <FormatToolbar editor={editor} onInsertRelated={relatedOptions.onRequestInsert} />
      {desk ? <PresenceList awareness={desk.awareness} /> : <ShareBar id={initial.id} />}
      {findMode && view === 'editor' && (
        <FindReplaceBar
          editor={editor}
          article={() => latest.current}
          update={update}
          replaceMode={findMode === 'replace'}
          onClose={() => setFindMode(null)}
        />
      )}
      {view === 'preview' && (
        <Suspense fallback={null}>
          <ArticlePreviewPane article={currentArticle()} />
        </Suspense>
      )}
      <div className="editor-columns" hidden={view === 'preview'}>
        <fieldset className="editor-scroll" disabled={readOnly !== null}>
          {readOnly && (
            <p className="read-only-banner" role="alert">
              Read-only: {readOnly}
            </p>
          )}
          <div className="editor-page">
            <ArticleFields article={fields} onChange={onFieldsChange} />
            {/* The body is written in the article's language: an Arabic or Hebrew story edits right to left. */}
            <div className="body-copy" {...copyAttributes(fields.language)}>
              <EditorContent editor={editor} />
            </div>
            {spellingMenu && <SpellingMenu editor={editor} at={spellingMenu} onClose={closeSpellingMenu} />}
            <ArticleFooterFields article={fields} onChange={onFieldsChange} />
          </div>
        </fieldset>
        <fieldset className="inspector-frame" disabled={readOnly !== null}>
          <ChecksPanel actions={actions} />
          <GateDialog articleId={initial.id} actions={actions} flush={() => autosave.flush()} />
          <ArticleInspector article={fields} onChange={inspectorChange} />
        </fieldset>
        {reviewOpen && (
          <fieldset className="review-frame" disabled={readOnly !== null}>
            <ReviewPanel editor={editor} article={fields} {...panel} />
          </fieldset>
        )}
      </div>
    </div>
  );
}

/** The Related node asks the app for a teaser; the dialog answers by inserting or updating it. */
function relatedTeaserHooks(editorRef: { current: Editor | null }) {
  const { open } = useRelatedDialog.getState();
  return {
    onRequestInsert: () =>
      open({ heading: 'Insert a Related teaser', submit: (attrs) => editorRef.current?.chain().focus().insertRelatedTeaser(attrs).run() }),
    onRequestEdit: (pos: number, initial: Parameters<typeof open>[0]['initial']) =>
      open({
        heading: 'Edit Related teaser',
        initial,
        submit: (attrs) => editorRef.current?.chain().focus().updateRelatedTeaser(pos, attrs).run(),
      }),
  };
}
