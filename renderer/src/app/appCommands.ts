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
import { installCommandShortcuts } from '../features/commands/commandShortcuts';
import { installBrowserKeyGuard } from '../features/commands/browserKeyGuard';
import { useFileDialog } from '../features/files/fileDialogStore';
import { useUi } from '../state/uiStore';
import { useToasts } from '../state/toastStore';
import { useReview } from '../features/review/reviewStore';
import { useGate } from '../features/gate/gateStore';
import { useLibraryReplace } from '../features/libraryReplace/libraryReplaceStore';
import { handleDeskNotice } from '../features/desk/deskNotices';

const report = (error: unknown) => useToasts.getState().show({ kind: 'error', text: errorMessage(error) });

async function setStatus(status: NonNullable<ReturnType<typeof statusOfCommand>>): Promise<void> {
  const library = useLibrary.getState();
  const id = library.selectedId;
  if (!id) return;
  // Ready and Published go through the ready-for-desk gate first (the open article's editor runs it).
  if (!(await useGate.getState().allow(status))) return;
  // Marking a story Ready is a sign-off: the reviewer and the time are stamped first (issue 14).
  if (status === 'ready') await useReview.getState().actions?.signOff();
  await useEditorSession.getState().flush();
  const { entry } = await call('setArticleStatus', { id, status });
  library.upsert(entry);
  library.reopen();
}

async function showAbout(): Promise<void> {
  const info = await call('getAppInfo', {});
  useToasts
    .getState()
    .show({ kind: 'info', text: `Copydesk ${info.version} (${info.host} on ${info.platform}). Library: ${info.dataDir}` });
}

type CommandHandler = (arg: string | undefined) => void;
type StatusCommandId = Extract<CommandId, `set-status-${string}`>;
type HostCommand = Exclude<MenuCommand, CommandId>;

const session = () => useEditorSession.getState();
const library = () => useLibrary.getState();
const ui = () => useUi.getState();

/**
 * Every command the registry declares, and the two main sends on its own, each with its handler: a
 * `Record`, so a command added to the registry does not compile until it does something here.
 */
const HANDLERS: Record<Exclude<MenuCommand, StatusCommandId>, CommandHandler> = {
  'new-article': () =>
    void session()
      .flush()
      .then(() => library().createArticle()),
  'open-recent': (arg) => {
    if (arg)
      void session()
        .flush()
        .then(() => library().showView('live'))
        .then(() => library().select(arg));
  },
  // Main clears the recent list itself when the menu item is chosen; the renderer has nothing to do.
  'clear-recent': () => undefined,
  'save-now': () => void session().flush(),
  'close-article': () =>
    void session()
      .flush()
      .then(() => library().select(null)),
  'show-editor': () => session().setView('editor'),
  'show-preview': () => session().setView('preview'),
  'show-mobile-preview': () => {
    ui().setPreviewWidth('mobile');
    session().setView('preview');
  },
  'show-trash': () => void library().showView('trash'),
  'show-library': () => void library().showView('live'),
  find: () => document.querySelector<HTMLInputElement>('[data-testid="library-search"]')?.focus(),
  'replace-in-library': () => void useLibraryReplace.getState().show(),
  import: () => void useImports.getState().fromDialog(),
  'paste-as-new': () => void useImports.getState().pasteAsNew(),
  export: () => void useExport.getState().show(),
  'save-version': () => useHistory.getState().askLabel(),
  'show-history': () => void useHistory.getState().show(),
  backup: () => void backUpLibrary(),
  'restore-backup': () => void restoreFromBackup(),
  'command-palette': () => ui().open('palette'),
  'show-shortcuts': () => ui().open('shortcuts'),
  'show-settings': () => ui().open('settings'),
  'open-data-folder': () => ui().open('data-folder'),
  about: () => void showAbout().catch(report),
  // Review (issue 14): the open editor registers what these do.
  'toggle-suggesting': () => useReview.getState().actions?.toggleSuggesting(),
  'add-comment': () => useReview.getState().actions?.addComment(),
  'next-change': () => useReview.getState().actions?.goToChange(1),
  'previous-change': () => useReview.getState().actions?.goToChange(-1),
  'show-review': () => useReview.getState().setPanelOpen(true),
  'sign-off': () => void useReview.getState().actions?.signOff(),
  ...({
    'files-opened': () => void takeOpenedFiles(),
    'file-dialog': () => void useFileDialog.getState().load(),
    'desk-notice': (notice) => handleDeskNotice(notice),
    'flush-before-quit': () =>
      void session()
        .flush()
        .finally(() => call('savesFlushed', {})),
  } satisfies Record<HostCommand, CommandHandler>),
};

/** One place where every command, from the menu, the palette or a shortcut, is carried out. */
export function runCommand(command: MenuCommand, arg?: string): void {
  const status = statusOfCommand(command as CommandId);
  if (status) {
    setStatus(status).catch(report);
    return;
  }
  // Commands arrive from main and the page alike; an unknown one (an older or newer main) is ignored.
  if (Object.hasOwn(HANDLERS, command)) HANDLERS[command as keyof typeof HANDLERS](arg);
}

/**
 * Menu commands from the main process, the registry's shortcuts (the only ones in the browser host),
 * and saving before the page goes away or loses focus. Called by main.tsx before React renders: a
 * command that arrives between the page's load and React's first commit (a shortcut pressed as the
 * window shows, a menu item chosen) must not be lost, and commands only change stores, which the app
 * reads when it mounts. Returns the function that removes every handler.
 */
export function installAppCommands(): () => void {
  const removeShortcuts = installCommandShortcuts(runCommand);
  // After the shortcuts above (listeners run in the order they were added), so Copydesk's keys come first.
  const removeGuard = installBrowserKeyGuard();
  const unsubscribe = window.copydesk?.onMenuCommand(runCommand);
  const flush = () => void useEditorSession.getState().flush();
  window.addEventListener('blur', flush);
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', flush);
  return () => {
    removeShortcuts();
    removeGuard();
    unsubscribe?.();
    window.removeEventListener('blur', flush);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', flush);
  };
}
