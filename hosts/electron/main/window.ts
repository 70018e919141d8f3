import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './appProtocol';
import { isTrustedFrame } from './senderCheck';
import { WINDOW_SIZE, type WindowPlacement } from './windowStateClamp';

/** In development electron-vite serves the renderer; in a build it comes from app://copydesk. */
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
export const rendererOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;

export function createMainWindow(preloadPath: string, placement: WindowPlacement): BrowserWindow {
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: WINDOW_SIZE.minWidth,
    minHeight: WINDOW_SIZE.minHeight,
    show: false,
    title: 'Copydesk',
    backgroundColor: '#f7f6f3',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

/** Only the top frame of one of our windows, showing our own origin, may call the backend. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  const window = BrowserWindow.fromWebContents(event.sender);
  return isTrustedFrame(frame, !!frame && !!window && window.webContents.mainFrame === frame, rendererOrigin);
}

export const preloadPath = (mainDir: string): string => join(mainDir, '../preload/index.cjs');
