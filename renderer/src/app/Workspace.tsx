import { useEffect, useState } from 'react';
import type { Article } from '../../../core/article/schema';
import { call, errorMessage } from '../bridge/copydesk';
import { useLibrary } from '../state/libraryStore';
import { ArticleEditor } from '../features/editor/ArticleEditor';
import { QuarantineBanner } from './QuarantineBanner';
import { articleOnScreen } from './startupOrder';

export function Workspace() {
  const selectedId = useLibrary((s) => s.selectedId);
  const view = useLibrary((s) => s.view);
  const reloadToken = useLibrary((s) => s.reloadToken);
  return (
    <main className="workspace">
      <QuarantineBanner />
      {selectedId ? <ArticleLoader key={`${selectedId}:${reloadToken}`} id={selectedId} /> : <EmptyWorkspace trash={view === 'trash'} />}
    </main>
  );
}

function ArticleLoader({ id }: { id: string }) {
  const [article, setArticle] = useState<Article | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('getArticle', { id }).then(
      (a) => {
        if (!live) return;
        setArticle(a);
        // Remembered for the next start and the File > Open Recent list.
        call('openedArticle', { id }).catch(() => undefined);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [id]);
  // After the editor below has mounted (a parent's effects run after its children's), or once this
  // article is no longer wanted (closed before it came): the library list may load now.
  useEffect(() => {
    if (article || error) articleOnScreen();
  }, [article, error]);
  useEffect(() => articleOnScreen, []);
  if (error)
    return (
      <div className="workspace-message" role="alert">
        {error}
      </div>
    );
  if (!article) return <div className="workspace-message">Opening…</div>;
  return <ArticleEditor initial={article} />;
}

function EmptyWorkspace({ trash }: { trash: boolean }) {
  const createArticle = useLibrary((s) => s.createArticle);
  return (
    <div className="workspace-empty">
      {trash ? (
        <p>Deleted articles wait here. Restore one, or delete it for ever.</p>
      ) : (
        <>
          <h2>Nothing open</h2>
          <p>Pick an article from the library, or start a new one.</p>
          <button type="button" className="button primary" onClick={() => void createArticle()}>
            New article
          </button>
        </>
      )}
    </div>
  );
}
