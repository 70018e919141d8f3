import { useLibraryReplace } from '../features/libraryReplace/libraryReplaceStore';
import { useLibrary } from '../state/libraryStore';
import { ArticleList } from '../features/library/ArticleList';
import { LibrarySearch } from '../features/library/LibrarySearch';
import { useVisibleEntries } from '../features/library/useVisibleEntries';
import { useLibraryQuery } from '../features/library/libraryQueryStore';
import { useImports } from '../features/import/importStore';
import { backUpLibrary, restoreFromBackup } from '../features/library/libraryActions';

export function Sidebar() {
  const { view, entries, error, loading } = useLibrary();
  const { createArticle, showView } = useLibrary.getState();
  const visible = useVisibleEntries();
  const snippets = useLibraryQuery((s) => s.snippets);
  const { showSnippetsFor } = useLibraryQuery.getState();

  return (
    <aside className="sidebar" aria-label="Library">
      <header className="sidebar-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          <span className="brand-name">Copydesk</span>
        </div>
        <button type="button" className="button primary" onClick={() => void createArticle()} title="New article (Ctrl+N)">
          New article
        </button>
      </header>
      <div className="sidebar-actions">
        <button
          type="button"
          className="button small"
          onClick={() => void useImports.getState().fromDialog()}
          title="Import files (Ctrl+O)"
        >
          Import…
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void useImports.getState().pasteAsNew()}
          title="Paste as new article (Ctrl+Shift+V)"
        >
          Paste as new
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void useLibraryReplace.getState().show()}
          aria-label="Find and replace in library"
          title="Find and replace across the library (Ctrl+Alt+F)"
        >
          Replace…
        </button>
      </div>
      <nav className="view-tabs" aria-label="Library views">
        <button
          type="button"
          className={view === 'live' ? 'tab active' : 'tab'}
          aria-pressed={view === 'live'}
          onClick={() => void showView('live')}
        >
          Articles
        </button>
        <button
          type="button"
          className={view === 'trash' ? 'tab active' : 'tab'}
          aria-pressed={view === 'trash'}
          onClick={() => void showView('trash')}
        >
          Trash
        </button>
      </nav>
      {error && (
        <p className="sidebar-error" role="alert">
          {error}
        </p>
      )}
      {view === 'live' && <LibrarySearch shown={visible.length} />}
      <ArticleList
        entries={view === 'live' ? visible : entries}
        inTrash={view === 'trash'}
        snippets={view === 'live' ? snippets : undefined}
        busy={loading}
        onRowsShown={view === 'live' ? showSnippetsFor : undefined}
      />
      {loading && entries.length === 0 && <p className="empty-list">Loading the library…</p>}
      {!loading && entries.length === 0 && (
        <p className="empty-list">{view === 'trash' ? 'The trash is empty.' : 'No articles yet. Start one with “New article”.'}</p>
      )}
      <footer className="sidebar-footer">
        <button type="button" className="link-button" onClick={() => void backUpLibrary()}>
          Back up…
        </button>
        <button type="button" className="link-button" onClick={() => void restoreFromBackup()}>
          Restore…
        </button>
      </footer>
    </aside>
  );
}
