import { recoverDraft } from '../features/editor/draftRecovery';
import { takeOpenedFiles } from '../features/import/openedFiles';
import { useFileDialog } from '../features/files/fileDialogStore';
import { useLibrary } from '../state/libraryStore';
import { useSettings } from '../state/settingsStore';

/**
 * What the window asks the main process for as it starts, in the order a journalist needs it: the
 * settings and any stashed typing, then the article they were in, and only then the library list.
 * At 10,000 articles the list is a 4 MB answer; asked for first, every answer behind it (settings,
 * the article) waited for it to cross, and the editor was ready ~2.6 s after the first paint
 * (issue 17). The list's place still says "Loading…" until it comes.
 */
export async function startUp(): Promise<void> {
  // A file dialog the backend opened before this page loaded (a reload) is drawn now.
  void useFileDialog.getState().load();
  const [recovered, settings] = await Promise.all([
    recoverDraft(),
    useSettings
      .getState()
      .load()
      .catch(() => null),
  ]);
  const reopen = recovered ?? settings?.lastOpenArticleId ?? null;
  if (reopen && useLibrary.getState().selectedId === null) useLibrary.getState().select(reopen);
  // Whatever is open by now (the article reopened, or one the user picked) is shown before the list.
  if (useLibrary.getState().selectedId !== null) await articleShown;
  await useLibrary.getState().refresh();
  // A file double-clicked to start the app opens after the library is loaded.
  await takeOpenedFiles();
}

let markShown: () => void = () => undefined;
const articleShown = new Promise<void>((resolve) => {
  markShown = resolve;
});

/** Called once the open article's editor (or its error) is on screen: the library list may load now. */
export function articleOnScreen(): void {
  markShown();
}
