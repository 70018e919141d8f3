import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useExport } from '../features/export/exportStore';
import { useHistory } from '../features/history/historyStore';
import { useImports } from '../features/import/importStore';
import { useRelatedDialog } from '../state/relatedDialogStore';
import { useLibraryReplace } from '../features/libraryReplace/libraryReplaceStore';

/**
 * A dialog whose code is loaded the first time it opens, not with the app: the editor's first paint
 * should not wait for parsing export, history, import and related-story dialogs nobody has asked for.
 * Once opened it stays mounted (each renders nothing while closed), so reopening is instant.
 */
export function deferred(useOpen: () => boolean, load: () => Promise<ComponentType>): ComponentType {
  const Panel = lazy(async () => ({ default: await load() }));
  return function DeferredPanel() {
    const open = useOpen();
    const [opened, setOpened] = useState(open);
    useEffect(() => {
      if (open) setOpened(true);
    }, [open]);
    return open || opened ? (
      <Suspense fallback={null}>
        <Panel />
      </Suspense>
    ) : null;
  };
}

export const RelatedDialog = deferred(
  () => useRelatedDialog((s) => s.request !== null),
  () => import('../features/editor/RelatedDialog').then((m) => m.RelatedDialog),
);
export const ImportReviewDialog = deferred(
  () => useImports((s) => s.queue.length > 0),
  () => import('../features/import/ImportReviewDialog').then((m) => m.ImportReviewDialog),
);
export const PasteDialog = deferred(
  () => useImports((s) => s.pasteOpen),
  () => import('../features/import/PasteDialog').then((m) => m.PasteDialog),
);
export const ExportDialog = deferred(
  () => useExport((s) => s.open),
  () => import('../features/export/ExportDialog').then((m) => m.ExportDialog),
);
export const HistoryDialog = deferred(
  () => useHistory((s) => s.open),
  () => import('../features/history/HistoryDialog').then((m) => m.HistoryDialog),
);
export const SaveVersionDialog = deferred(
  () => useHistory((s) => s.labelDialogOpen),
  () => import('../features/history/SaveVersionDialog').then((m) => m.SaveVersionDialog),
);
export const LibraryReplaceDialog = deferred(
  () => useLibraryReplace((s) => s.open),
  () => import('../features/libraryReplace/LibraryReplaceDialog').then((m) => m.LibraryReplaceDialog),
);
