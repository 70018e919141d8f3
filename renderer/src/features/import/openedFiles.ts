import { call, errorMessage } from '../../bridge/copydesk';
import { useLibrary } from '../../state/libraryStore';
import { useToasts } from '../../state/toastStore';
import { useImports } from './importStore';

/** Files the OS opened with Copydesk: a known article opens, anything else goes to the import review. */
export async function takeOpenedFiles(): Promise<void> {
  try {
    const files = await call('takeOpenedFiles', {});
    for (const file of files) {
      if (file.kind === 'open') {
        const library = useLibrary.getState();
        if (library.view !== 'live') await library.showView('live');
        library.select(file.id);
      } else {
        useImports.getState().enqueue([file.outcome]);
      }
    }
  } catch (error) {
    useToasts.getState().show({ kind: 'error', text: errorMessage(error) });
  }
}
