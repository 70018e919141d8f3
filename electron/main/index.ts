import { app, BrowserWindow, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend, type Backend } from '../backend/openBackend';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { registerIpc } from './ipcTransport';
import { installMenu } from './menu';
import { hardenSession } from './security';
import { createMainWindow, isTrustedSender, preloadPath } from './window';
import { electronPlatform } from './electronPlatform';
import { electronPdfPrinter } from './electronPdfPrinter';
import previewCss from '../../renderer/src/preview/preview.css?raw';

/** App lifecycle only; everything with logic lives in the Electron-free backend. */
const mainDir = dirname(fileURLToPath(import.meta.url));
let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    serveRenderer(join(mainDir, '../renderer'));
    // COPYDESK_DATA_DIR lets the e2e suite give each test a fresh library.
    const dataDir = process.env.COPYDESK_DATA_DIR ?? join(app.getPath('userData'), 'library');
    backend = await openBackend({ dataDir, host: 'electron', version: app.getVersion(), platform: electronPlatform, stylesheet: previewCss, pdf: electronPdfPrinter });
    registerIpc(backend.invoke, isTrustedSender);
    installMenu(() => mainWindow);
    mainWindow = createMainWindow(preloadPath(mainDir));
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => app.quit());

  // The index is written and the open marker cleared before the process ends.
  app.on('will-quit', (event) => {
    if (!backend) return;
    event.preventDefault();
    const closing = backend;
    backend = null;
    void closing.close().finally(() => app.quit());
  });
}
