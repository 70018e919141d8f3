import { useEffect } from 'react';
import type { MenuCommand } from '../../../api/contract';
import { statusOfCommand, type CommandId } from '../../../core/commands/registry';
import { useLibrary } from '../state/libraryStore';
import { call, errorMessage } from '../bridge/copydesk';
import { useEditorSession } from '../state/editorSession';
import { useImports } from '../features/import/importStore';
import { takeOpenedFiles } from '../features/import/openedFiles';
import { useExport } from '../features/export/exportStore';
import { useHistory } from '../features/history/historyStore';
import { backUpLibrary, restoreFromBackup } from '../features/library/libraryActions';
import { useCommandShortcuts } from '../features/commands/useCommandShortcuts';
import { useUi } from '../state/uiStore';
import { useToasts } from '../state/toastStore';

const report = (error: unknown) => useToasts.getState().show({ kind: 'error', text: errorMessage(error) });

async function setStatus(status: NonNullable<ReturnType<typeof statusOfCommand>>): Promise<void> {
  const library = useLibrary.getState();
  const id = library.selectedId;
  if (!id) return;
  await useEditorSession.getState().flush();
  const { entry } = await call('setArticleStatus', { id, status });
  library.upsert(entry);
  library.reopen();
}

async function showAbout(): Promise<void> {
  const info = await call('getAppInfo', {});
  useToasts.getState().show({ kind: 'info', text: `Copydesk ${info.version} (${info.host} on ${info.platform}). Library: ${info.dataDir}` });
}

/** One place where every command, from the menu, the palette or a shortcut, is carried out. */
export function runCommand(command: MenuCommand, arg?: string): void {
  const library = useLibrary.getState();
  const session = useEditorSession.getState();
  const ui = useUi.getState();
  const status = statusOfCommand(command as CommandId);
  if (status) {
    setStatus(status).catch(report);
    return;
  }
  switch (command) {
    case 'new-article':
      void session.flush().then(() => library.createArticle());
      break;
    case 'open-recent':
      if (arg) void session.flush().then(() => library.showView('live')).then(() => library.select(arg));
      break;
    case 'save-now':
      void session.flush();
      break;
    case 'files-opened':
      void takeOpenedFiles();
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
    case 'show-mobile-preview':
      ui.setPreviewWidth('mobile');
      session.setView('preview');
      break;
    case 'show-trash':
      void library.showView('trash');
      break;
    case 'show-library':
      void library.showView('live');
      break;
    case 'find':
      document.querySelector<HTMLInputElement>('[data-testid="library-search"]')?.focus();
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
    case 'command-palette':
      ui.open('palette');
      break;
    case 'show-shortcuts':
      ui.open('shortcuts');
      break;
    case 'show-settings':
      ui.open('settings');
      break;
    case 'open-data-folder':
      call('openDataFolder', {}).catch(report);
      break;
    case 'about':
      showAbout().catch(report);
      break;
    default:
      break;
  }
}

/**
 * Menu commands from the main process, the registry's shortcuts (the only ones in the browser host),
 * and saving before the page goes away or loses focus.
 */
export function useAppCommands(): void {
  useCommandShortcuts(runCommand);
  useEffect(() => {
    const unsubscribe = window.copydesk?.onMenuCommand(runCommand);
    const flush = () => void useEditorSession.getState().flush();
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      unsubscribe?.();
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, []);
}
