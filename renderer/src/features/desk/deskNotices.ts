import { useEditorSession } from '../../state/editorSession';
import { useLibrary } from '../../state/libraryStore';
import type { DeskMirror } from './deskMirror';
import { useDesk } from './deskStore';
import { LIST_IDS_MAX } from '../../../../core/library/indexEntry';

/** The mirrors of the articles open in this window, by id (one today: the editor's). */
const openMirrors = new Map<string, DeskMirror>();

export function registerMirror(mirror: DeskMirror): () => void {
  openMirrors.set(mirror.id, mirror);
  return () => {
    if (openMirrors.get(mirror.id) === mirror) openMirrors.delete(mirror.id);
  };
}

/** Runs `run` once, `ms` after the first of a burst of calls: a burst of notices costs one request. */
function coalesced(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    timer ??= setTimeout(() => {
      timer = null;
      run();
    }, ms);
  };
}

// A first sync projects hundreds of articles: the list is read again at most twice a second.
const refreshLibrary = coalesced(() => {
  void useLibrary.getState().refresh();
  void rebindOpenArticle();
}, 500);
// A projected article: its row is read again, with the others that changed in the same half second (a first
// sync of hundreds reads the whole list instead).
const changedRows = new Set<string>();
const refreshRows = coalesced(() => {
  const ids = [...changedRows];
  changedRows.clear();
  if (ids.length > LIST_IDS_MAX) void useLibrary.getState().refresh();
  else void useLibrary.getState().refreshRows(ids);
  void rebindOpenArticle();
}, 500);
// Typing in a shared story changes the desk's status (a change waiting, then confirmed) with every key;
// the status line is read again at most five times a second, not once per key.
const refreshStatus = coalesced(() => void useDesk.getState().refresh(), 200);

/**
 * A notice from main (backend/desk/deskNotices.ts): it says what changed, never how; each is answered
 * by asking main through a checked channel. An id that is not open here is ignored.
 */
export function handleDeskNotice(notice: string | undefined): void {
  if (!notice) return;
  if (notice === 'status') refreshStatus();
  else if (notice === 'library') refreshLibrary();
  else if (notice.startsWith('entry:')) {
    changedRows.add(notice.slice('entry:'.length));
    refreshRows();
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
