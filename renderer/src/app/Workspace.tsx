import { useEffect, useState } from 'react';
import type { Article } from '../../../core/article/schema';
import { call, errorMessage } from '../bridge/copydesk';
import { useLibrary } from '../state/libraryStore';
import { ArticleEditor } from '../features/editor/ArticleEditor';
import { QuarantineBanner } from './QuarantineBanner';
import { articleOnScreen } from './startupOrder';
import { DeskMirror } from '../features/desk/deskMirror';
import { readArticle } from '../../../core/desk/articleDoc';

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

/**
 * Loads the article and, when it is shared with a desk, its Y.Doc mirror (asked for in parallel: with no
 * desk the answer is an immediate null and the editor opens as it always has).
 */
function ArticleLoader({ id }: { id: string }) {
  const [opened, setOpened] = useState<{ article: Article; desk: DeskMirror | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let mirror: DeskMirror | null = null;
    Promise.all([call('getArticle', { id }), DeskMirror.open(id)]).then(
      ([a, desk]) => {
        mirror = desk;
        if (!live) return void desk?.close();
        // The Y.Doc may be ahead of the file (a change from the desk not yet projected): it wins.
        setOpened({ article: desk ? { ...readArticle(desk.doc, a), updatedAt: a.updatedAt } : a, desk });
        // Remembered for the next start and the File > Open Recent list.
        call('openedArticle', { id }).catch(() => undefined);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
      void mirror?.close();
    };
  }, [id]);
  // After the editor below has mounted (a parent's effects run after its children's), or once this
  // article is no longer wanted (closed before it came): the library list may load now.
  useEffect(() => {
    if (opened || error) articleOnScreen();
  }, [opened, error]);
  useEffect(() => articleOnScreen, []);
  if (error)
    return (
      <div className="workspace-message" role="alert">
        {error}
      </div>
    );
  if (!opened) return <div className="workspace-message">Opening…</div>;
  return <ArticleEditor initial={opened.article} desk={opened.desk} />;
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
