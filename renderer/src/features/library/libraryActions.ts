import { call, errorMessage } from '../../bridge/copydesk';
import { useConfirm } from '../../state/confirmStore';
import { useEditorSession } from '../../state/editorSession';
import { useLibrary } from '../../state/libraryStore';
import { useToasts } from '../../state/toastStore';
import { countOf } from '../../../../core/text/plural';

const toast = useToasts.getState;

export async function backUpLibrary(): Promise<void> {
  try {
    await useEditorSession.getState().flush();
    const result = await call('backUpLibrary', {});
    if (result) toast().show({ kind: 'info', text: `Backed up ${countOf(result.files, 'file')} to ${result.path}.` });
  } catch (error) {
    toast().show({ kind: 'error', text: errorMessage(error) });
  }
}

/** Restoring swaps the whole library, so it is confirmed first; the current library is kept, not deleted. */
export async function restoreFromBackup(): Promise<void> {
  const ok = await useConfirm.getState().ask({
    title: 'Restore from a backup?',
    body: 'The library will be replaced by the backup you choose next. Your current library is kept in a folder beside it, named “…-before-restore-…”.',
    confirmLabel: 'Choose backup…',
  });
  if (!ok) return;
  try {
    await useEditorSession.getState().flush();
    const result = await call('restoreBackup', {});
    if (!result) return;
    const library = useLibrary.getState();
    library.select(null);
    await library.showView('live');
    toast().show({ kind: 'info', text: `Restored ${countOf(result.files, 'file')}. The previous library is kept at ${result.previous}.` });
  } catch (error) {
    toast().show({ kind: 'error', text: errorMessage(error) });
  }
}
