import { useEditorSession } from '../../state/editorSession';
import { useLibrary } from '../../state/libraryStore';
import type { DeskMirror } from './deskMirror';
import { useDesk } from './deskStore';

/** The mirrors of the articles open in this window, by id (one today: the editor's). */
const openMirrors = new Map<string, DeskMirror>();

export function registerMirror(mirror: DeskMirror): () => void {
  openMirrors.set(mirror.id, mirror);
  return () => {
    if (openMirrors.get(mirror.id) === mirror) openMirrors.delete(mirror.id);
  };
}

let libraryRefresh: ReturnType<typeof setTimeout> | null = null;

/**
 * A notice from main (backend/desk/deskNotices.ts): it says what changed, never how; each is answered
 * by asking main through a checked channel. An id that is not open here is ignored.
 */
export function handleDeskNotice(notice: string | undefined): void {
  if (!notice) return;
  if (notice === 'status') void useDesk.getState().refresh();
  else if (notice === 'library') {
    // A first sync projects hundreds of articles: the list is read again at most twice a second.
    libraryRefresh ??= setTimeout(() => {
      libraryRefresh = null;
      void useLibrary.getState().refresh();
      void rebindOpenArticle();
    }, 500);
  } else if (notice === 'desk') {
    void rebindOpenArticle();
    void useDesk.getState().refreshReaders();
  } else if (notice === 'presence') void useDesk.getState().refreshReaders();
  else if (notice.startsWith('asset:')) useDesk.setState((s) => ({ pictureArrivals: s.pictureArrivals + 1 }));
  else
    openMirrors
      .get(notice)
      ?.pull()
      .catch(() => undefined);
}

/**
 * A desk started or stopped, or the open article was shared: when the open editor's binding no longer
 * matches, what is typed is saved and the article reopens bound to its Y.Doc (or unbound). An editor
 * already bound stays as it is.
 */
async function rebindOpenArticle(): Promise<void> {
  await Promise.all([useDesk.getState().refresh(), useDesk.getState().refreshShared()]);
  const selected = useLibrary.getState().selectedId;
  if (selected === null || openMirrors.has(selected) === useDesk.getState().shared.has(selected)) return;
  await useEditorSession
    .getState()
    .flush()
    .catch(() => undefined);
  useLibrary.getState().reopen();
}
