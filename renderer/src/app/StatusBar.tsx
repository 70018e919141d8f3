import { useEditorSession } from '../state/editorSession';
import { useLibrary } from '../state/libraryStore';
import { DeskStatusLine } from '../features/desk/DeskStatusLine';
import { countOf } from '../../../core/text/plural';

const SAVE_LABELS = { saved: 'Saved', dirty: 'Unsaved changes', saving: 'Saving…' } as const;

export function StatusBar() {
  // One selector each: the session store also changes for things the bar does not show.
  const saveState = useEditorSession((s) => s.saveState);
  const words = useEditorSession((s) => s.words);
  const readMinutes = useEditorSession((s) => s.readMinutes);
  const open = useLibrary((s) => s.selectedId !== null);
  const count = useLibrary((s) => s.entries.length);
  return (
    <footer className="status-bar">
      <span>{countOf(count, 'article')}</span>
      {open && (
        <>
          <span data-testid="word-count">{countOf(words, 'word')}</span>
          {/* An empty article takes no time to read; the preview says nothing either. */}
          {words > 0 && <span data-testid="read-time">{readMinutes} min read</span>}
          <span
            className={`save-state save-${saveState.kind}`}
            data-testid="save-state"
            role="status"
            title={saveState.kind === 'error' ? saveState.message : undefined}
          >
            {saveState.kind === 'error' ? `Error: ${saveState.message}` : SAVE_LABELS[saveState.kind]}
          </span>
        </>
      )}
      <DeskStatusLine />
    </footer>
  );
}
