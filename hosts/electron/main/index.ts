import { app, BrowserWindow, dialog, nativeTheme, safeStorage, session, shell } from 'electron';
import { MENU_EVENT } from '../../../api/channels';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend, type Backend } from '../../../backend/openBackend';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpc } from './ipcTransport';
import { installMenu, type MainCommands } from './menu';
import { recentArticles } from './menuTemplate';
import { prepareSpellcheck, seedSpellcheckDictionaries, startSpellcheck } from './spellcheck';
import { initialPlacement, rememberWindowState } from './windowState';
import { hardenContents, hardenSession } from './security';
import { createMainWindow, isTrustedSender, preloadPath } from './window';
import { electronPlatform } from './electronPlatform';
import { electronPdfPrinter } from './electronPdfPrinter';
import { SafeStorageVault } from './safeStorageVault';
import previewCss from '../../../render/preview/preview.css?raw';

/** App lifecycle only; everything with logic lives in the Electron-free backend. */
const mainDir = dirname(fileURLToPath(import.meta.url));
const QUIT_FLUSH_TIMEOUT_MS = 4000;
let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

registerAppScheme();
// Every renderer sandboxed, whatever its options say; and every web contents hardened as it is created,
// so a future window or view cannot miss the navigation and window-open rules.
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => hardenContents(contents));
// Before ready: Chromium may look for dictionaries as soon as the session exists.
seedSpellcheckDictionaries();

/** Article files given on the command line (Windows and Linux open files this way). */
const filesIn = (argv: string[]) => argv.slice(1).filter((arg) => !arg.startsWith('-') && /\.copydesk$/i.test(arg));
// macOS may hand over a file before the app is ready; it waits here until the backend is open.
const earlyFiles: string[] = filesIn(process.argv);

function openFiles(paths: string[]): void {
  if (paths.length === 0) return;
  if (!backend) {
    earlyFiles.push(...paths);
    return;
  }
  backend.openedFiles.add(paths);
  mainWindow?.webContents.send(MENU_EVENT, 'files-opened');
}

app.on('open-file', (event, path) => {
  event.preventDefault();
  openFiles([path]);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    openFiles(filesIn(argv));
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(async () => {
    // Spelling is a convenience: if its setup fails, the app still opens, without it.
    const spellcheckReady = (() => {
      try {
        prepareSpellcheck();
        return true;
      } catch (error) {
        console.error('Spellcheck is unavailable:', error);
        return false;
      }
    })();
    hardenSession(session.defaultSession);
    serveRenderer(join(mainDir, '../renderer'));
    // COPYDESK_DATA_DIR lets the e2e suite give each test a fresh library.
    const dataDir = process.env.COPYDESK_DATA_DIR ?? join(app.getPath('userData'), 'library');
    backend = await openBackend({
      dataDir,
      host: 'electron',
      version: app.getVersion(),
      platform: electronPlatform,
      stylesheet: previewCss,
      pdf: electronPdfPrinter,
      tokenVault: new SafeStorageVault(safeStorage, dataDir),
    });
    backend.openedFiles.add(earlyFiles.splice(0));
    backend.onDeskNotice((notice) => mainWindow?.webContents.send(MENU_EVENT, 'desk-notice', notice));
    registerIpc(backend.invoke, isTrustedSender);
    const settings = backend.settings;
    nativeTheme.themeSource = settings.get().theme;
    const spellcheck = spellcheckReady
      ? await startSpellcheck({ settings, dataDir }).catch((error: unknown) => {
          console.error('Spellcheck is unavailable:', error);
          return null;
        })
      : null;
    const ownCommands: MainCommands = {
      'clear-recent': () => void settings.clearRecent(),
      'open-data-folder': () => void shell.openPath(dataDir),
    };
    const refreshMenu = () =>
      installMenu(
        () => mainWindow,
        { recent: recentArticles(settings.get().recentArticleIds, backend?.store.list('live') ?? []) },
        ownCommands,
      );
    refreshMenu();
    let recentKey = settings.get().recentArticleIds.join();
    settings.subscribe((next) => {
      nativeTheme.themeSource = next.theme;
      if (next.recentArticleIds.join() !== recentKey) {
        recentKey = next.recentArticleIds.join();
        refreshMenu();
      }
    });
    mainWindow = createMainWindow(preloadPath(mainDir), initialPlacement(settings));
    rememberWindowState(mainWindow, settings);
    spellcheck?.attach(mainWindow.webContents);
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => app.quit());

  // Before quitting, the window saves what it has; main waits for its answer, with a timeout and a message.
  let flushedBeforeQuit = false;
  app.on('before-quit', (event) => {
    if (flushedBeforeQuit || !backend || !mainWindow) return;
    event.preventDefault();
    const window = mainWindow;
    void backend.flush
      .waitForRenderer(() => window.webContents.send(MENU_EVENT, 'flush-before-quit'), QUIT_FLUSH_TIMEOUT_MS)
      .then(async (answered) => {
        if (!answered) {
          const { response } = await dialog.showMessageBox(window, {
            type: 'warning',
            buttons: ['Quit anyway', 'Keep Copydesk open'],
            defaultId: 1,
            message: 'Copydesk could not confirm that your latest changes were saved.',
            detail: 'Keep it open and press Ctrl+S (Cmd+S), or quit and lose at most the last second of typing.',
          });
          if (response === 1) return;
        }
        flushedBeforeQuit = true;
        app.quit();
      });
  });

  // A crashed renderer is reloaded; the store already holds the last autosave.
  app.on('render-process-gone', (_event, contents, details) => {
    if (details.reason !== 'clean-exit' && mainWindow && contents === mainWindow.webContents) mainWindow.reload();
  });

  // The index is written and the open marker cleared before the process ends.
  app.on('will-quit', (event) => {
    if (!backend) return;
    event.preventDefault();
    const closing = backend;
    backend = null;
    void closing.close().finally(() => app.quit());
  });
}
