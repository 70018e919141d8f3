import { useEffect } from 'react';
import type { MenuCommand } from '../../../electron/ipc/contract';
import { useLibrary } from '../state/libraryStore';
import { call } from '../api/copydesk';
import { useEditorSession } from '../state/editorSession';
import { useImports } from '../import/importStore';
import { useExport } from '../export/exportStore';
import { useHistory } from '../history/historyStore';
import { backUpLibrary, restoreFromBackup } from '../library/libraryActions';

export function runCommand(command: MenuCommand): void {
  const library = useLibrary.getState();
  const session = useEditorSession.getState();
  switch (command) {
    case 'new-article':
      void session.flush().then(() => library.createArticle());
      break;
    case 'save-now':
      void session.flush();
      break;
    case 'flush-before-quit':
      void session.flush().finally(() => call('savesFlushed', {}));
      break;
    case 'show-editor':
      session.setView('editor');
      break;
    case 'show-preview':
      session.setView('preview');
      break;
    case 'show-trash':
      void library.showView('trash');
      break;
    case 'show-library':
      void library.showView('live');
      break;
    case 'import':
      void useImports.getState().fromDialog();
      break;
    case 'paste-as-new':
      void useImports.getState().pasteAsNew();
      break;
    case 'export':
      void useExport.getState().show();
      break;
    case 'save-version':
      useHistory.getState().askLabel();
      break;
    case 'show-history':
      void useHistory.getState().show();
      break;
    case 'backup':
      void backUpLibrary();
      break;
    case 'restore-backup':
      void restoreFromBackup();
      break;
  }
}

const SHORTCUTS: Record<string, MenuCommand> = { s: 'save-now', n: 'new-article', o: 'import', e: 'export', '1': 'show-editor', '2': 'show-preview', 'shift+v': 'paste-as-new', 'shift+s': 'save-version', 'shift+h': 'show-history' };

/**
 * Menu commands from the main process, the same shortcuts when no native menu exists (browser host),
 * and saving before the page goes away or loses focus.
 */
export function useAppCommands(): void {
  useEffect(() => {
    const unsubscribe = window.copydesk?.onMenuCommand(runCommand);
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const command = SHORTCUTS[(event.shiftKey ? 'shift+' : '') + event.key.toLowerCase()];
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    const flush = () => void useEditorSession.getState().flush();
    window.addEventListener('keydown', onKey);
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      unsubscribe?.();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, []);
}
