import { useEffect } from 'react';
import { useLibrary } from '../state/libraryStore';
import { recoverDraft } from '../features/editor/draftRecovery';
import { useSettings } from '../state/settingsStore';
import { AppPanels } from './AppPanels';
import { takeOpenedFiles } from '../features/import/openedFiles';
import { Sidebar } from './Sidebar';
import { Workspace } from './Workspace';
import { StatusBar } from './StatusBar';
import { Toasts } from '../ui/Toasts';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useFileDrop } from './useFileDrop';
import { LinkDialog } from '../features/editor/LinkDialog';
import {
  ExportDialog,
  HistoryDialog,
  ImportReviewDialog,
  LibraryReplaceDialog,
  PasteDialog,
  RelatedDialog,
  SaveVersionDialog,
} from './deferredPanels';
import { FileDialog } from '../features/files/FileDialog';
import { useFileDialog } from '../features/files/fileDialogStore';
import { applyTheme } from '../features/settings/theme';

export function App() {
  const refresh = useLibrary((s) => s.refresh);
  useEffect(() => {
    // The last article opens at once, in parallel with loading the list: the editor must not wait for
    // 10,000 library entries. Stashed unsaved typing is saved into it first.
    void (async () => {
      const listed = refresh();
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
      await listed;
      // A file double-clicked to start the app opens after the library is loaded.
      await takeOpenedFiles();
    })();
  }, [refresh]);
  const theme = useSettings((s) => s.settings.theme);
  useEffect(() => applyTheme(theme), [theme]);

  const drop = useFileDrop();
  return (
    <div className="app" {...drop}>
      <Sidebar />
      <Workspace />
      <StatusBar />
      <Toasts />
      <RelatedDialog />
      <LinkDialog />
      <ImportReviewDialog />
      <PasteDialog />
      <ExportDialog />
      <HistoryDialog />
      <LibraryReplaceDialog />
      <AppPanels />
      <SaveVersionDialog />
      {/* Above the dialog that asked for a file or folder (Export, Settings). */}
      <FileDialog />
      {/* Last, so a confirmation always stacks above the dialog that asked for it. */}
      <ConfirmDialog />
    </div>
  );
}
