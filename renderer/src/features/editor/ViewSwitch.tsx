import { useEditorSession } from '../../state/editorSession';

/** Editor / Preview, the two ways of looking at the open article (Ctrl+1, Ctrl+2). */
export function ViewSwitch() {
  const view = useEditorSession((s) => s.view);
  const setView = useEditorSession((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label="View">
      <button
        type="button"
        className={view === 'editor' ? 'seg active' : 'seg'}
        aria-pressed={view === 'editor'}
        onClick={() => setView('editor')}
        title="Editor (Ctrl+1)"
      >
        Edit
      </button>
      <button
        type="button"
        className={view === 'preview' ? 'seg active' : 'seg'}
        aria-pressed={view === 'preview'}
        onClick={() => setView('preview')}
        title="Preview (Ctrl+2)"
      >
        Preview
      </button>
    </div>
  );
}
