import { useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, EditorContent } from '@tiptap/react';
import type { Article } from '../../../core/article/schema';
import type { BodyNode } from '../../../core/article/bodySchema';
import { call, errorMessage } from '../api/copydesk';
import { useLibrary } from '../state/libraryStore';
import { resetFlush, useEditorSession } from '../state/editorSession';
import { Autosave } from './autosave';
import { bodyExtensions } from './extensions';
import { FormatToolbar } from './FormatToolbar';
import { ArticleFields, type EditableField } from './ArticleFields';
import { useBodyStats } from './useBodyStats';

/** Autosave fires this long after the last keystroke (the target is at most 1 s). */
export const AUTOSAVE_DELAY_MS = 700;

/**
 * One open article. The fields live in React state; the body lives in TipTap and is read only when
 * saving, so typing in a long story does not re-render React or serialise the document per keystroke.
 */
export function ArticleEditor({ initial }: { initial: Article }) {
  const latest = useRef<Article>(initial);
  const [fields, setFields] = useState(initial);
  const upsert = useLibrary((s) => s.upsert);
  const { setSaveState, setFlush } = useEditorSession.getState();

  const autosave = useMemo(
    () =>
      new Autosave({
        delayMs: AUTOSAVE_DELAY_MS,
        describeError: errorMessage,
        onState: setSaveState,
        save: async () => {
          const body = (editorRef.current?.getJSON() ?? latest.current.body) as BodyNode;
          const { article, entry } = await call('saveArticle', { article: { ...latest.current, body } });
          latest.current = { ...latest.current, updatedAt: article.updatedAt, slug: article.slug };
          upsert(entry);
        },
      }),
    [setSaveState, upsert],
  );

  const editorRef = useRef<ReturnType<typeof useEditor>>(null);
  const onBodyChange = useBodyStats();
  const editor = useEditor({
    extensions: bodyExtensions(),
    content: initial.body,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    injectCSS: false,
    editorProps: { attributes: { class: 'body-editor', 'aria-label': 'Article body', 'data-testid': 'body-editor' } },
    onCreate: ({ editor: created }) => onBodyChange(created),
    onUpdate: ({ editor: updated }) => {
      onBodyChange(updated);
      autosave.changed();
    },
  });
  editorRef.current = editor;

  useEffect(() => {
    setSaveState({ kind: 'saved' });
    setFlush(() => autosave.flush());
    return () => {
      // Leaving the article (switching, closing) saves what is pending first.
      void autosave.flush().finally(() => autosave.dispose());
      resetFlush();
    };
  }, [autosave, setFlush, setSaveState]);

  const setField = (name: EditableField, value: string) => {
    latest.current = { ...latest.current, [name]: value };
    setFields(latest.current);
    autosave.changed();
  };

  return (
    <div className="article-editor" data-testid="article-editor">
      <FormatToolbar editor={editor} />
      <div className="editor-scroll">
        <div className="editor-page">
          <ArticleFields article={fields} onChange={setField} />
          <EditorContent editor={editor} />
        </div>
      </div>
    </div>
  );
}
