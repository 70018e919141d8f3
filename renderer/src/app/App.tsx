import { useEffect } from 'react';
import { useSettings } from '../state/settingsStore';
import { AppPanels } from './AppPanels';
import { startUp } from './startupOrder';
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
import { applyTheme } from '../features/settings/theme';

export function App() {
  useEffect(() => {
    void startUp();
  }, []);
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
