import { useEffect } from 'react';
import { useLibrary } from '../state/libraryStore';
import { recoverDraft } from '../editor/draftRecovery';
import { useSettings } from '../state/settingsStore';
import { AppPanels } from './AppPanels';
import { takeOpenedFiles } from '../import/openedFiles';
import { Sidebar } from './Sidebar';
import { Workspace } from './Workspace';
import { StatusBar } from './StatusBar';
import { Toasts } from './Toasts';
import { ConfirmDialog } from './ConfirmDialog';
import { useAppCommands } from './useAppCommands';
import { useFileDrop } from './useFileDrop';
import { RelatedDialog } from '../editor/RelatedDialog';
import { ImportReviewDialog } from '../import/ImportReviewDialog';
import { PasteDialog } from '../import/PasteDialog';
import { ExportDialog } from '../export/ExportDialog';
import { HistoryDialog } from '../history/HistoryDialog';
import { SaveVersionDialog } from '../history/SaveVersionDialog';

export function App() {
  const refresh = useLibrary((s) => s.refresh);
  useEffect(() => {
    // Unsaved typing stashed when the window last went away is saved first, then reopened.
    // The last article is reopened at start; stashed unsaved typing is saved into it first.
    void Promise.all([recoverDraft(), useSettings.getState().load().catch(() => null)]).then(async ([recovered, settings]) => {
      await refresh();
      const reopen = recovered ?? settings?.lastOpenArticleId ?? null;
      if (reopen && useLibrary.getState().entries.some((e) => e.id === reopen)) useLibrary.getState().select(reopen);
      // A file double-clicked to start the app opens after the library is loaded.
      await takeOpenedFiles();
    });
  }, [refresh]);
  useAppCommands();

  const drop = useFileDrop();
  return (
    <div className="app" {...drop}>
      <Sidebar />
      <Workspace />
      <StatusBar />
      <Toasts />
      <RelatedDialog />
      <ImportReviewDialog />
      <PasteDialog />
      <ExportDialog />
      <HistoryDialog />
      <AppPanels />
      <SaveVersionDialog />
      {/* Last, so a confirmation always stacks above the dialog that asked for it. */}
      <ConfirmDialog />
    </div>
  );
}
