import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { ViewSwitch } from './ViewSwitch';
import { useLinkDialog } from './LinkDialog';
import { useEditorSession } from '../../state/editorSession';
import { useExport } from '../export/exportStore';
import { useHistory } from '../history/historyStore';
import { ReviewToolbarButtons } from '../review/ReviewToolbarButtons';

/**
 * Formatting buttons. Their active states are read through a `useEditorState` selector, so the toolbar
 * re-renders only when one of these booleans changes, not on every keystroke.
 */
export function FormatToolbar({ editor, onInsertRelated }: { editor: Editor | null; onInsertRelated(): void }) {
  const view = useEditorSession((s) => s.view);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      quote: e?.isActive('blockquote') ?? false,
      bullets: e?.isActive('bulletList') ?? false,
      numbers: e?.isActive('orderedList') ?? false,
      link: e?.isActive('link') ?? false,
    }),
  });
  if (!editor || !active) return <div className="format-toolbar" />;
  const chain = () => editor.chain().focus();

  const setLink = () => {
    if (active.link) {
      chain().unsetLink().run();
      return;
    }
    useLinkDialog.getState().open({ initial: '', submit: (href) => chain().setLink({ href }).run() });
  };

  const buttons: Array<[string, string, boolean, () => void]> = [
    ['B', 'Bold (Ctrl+B)', active.bold, () => chain().toggleBold().run()],
    ['I', 'Italic (Ctrl+I)', active.italic, () => chain().toggleItalic().run()],
    ['H2', 'Heading', active.h2, () => chain().toggleHeading({ level: 2 }).run()],
    ['H3', 'Subheading', active.h3, () => chain().toggleHeading({ level: 3 }).run()],
    ['“ ”', 'Block quote', active.quote, () => chain().toggleBlockquote().run()],
    ['•', 'Bulleted list', active.bullets, () => chain().toggleBulletList().run()],
    ['1.', 'Numbered list', active.numbers, () => chain().toggleOrderedList().run()],
    ['Link', 'Link (Ctrl+K)', active.link, setLink],
    ['Related', 'Insert a Related teaser (Ctrl+Shift+R, or type /related)', false, onInsertRelated],
  ];

  return (
    <div className="format-toolbar" role="toolbar" aria-label="Formatting">
      <ViewSwitch />
      <span className="toolbar-divider" />
      <span className="toolbar-end">
        <ReviewToolbarButtons />
        <button type="button" className="tool" title="History (Ctrl+Shift+H)" onClick={() => void useHistory.getState().show()}>
          History
        </button>
        <button type="button" className="tool" title="Export (Ctrl+E)" onClick={() => void useExport.getState().show('current')}>
          Export…
        </button>
      </span>
      {view === 'editor' &&
        buttons.map(([label, title, on, run]) => (
          <button
            key={title}
            type="button"
            className={on ? 'tool active' : 'tool'}
            aria-pressed={on}
            title={title}
            aria-label={title}
            onMouseDown={(e) => e.preventDefault()}
            onClick={run}
          >
            {label}
          </button>
        ))}
    </div>
  );
}
