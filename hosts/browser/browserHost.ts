import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { openBackend, type Backend } from '../../backend/openBackend';
import { installBridge, sendMenuCommand } from './bridge';
import { PlaywrightPdfPrinter } from './playwrightPdfPrinter';
import { readPreviewStylesheet } from '../../backend/export/previewStylesheet';
import { browserPlatform } from '../../backend/browserPlatform';
import { findFileManager, type FileManager } from '../../backend/fileManager';
import { InAppFileDialogs } from '../../backend/files/inAppFileDialogs';
import { RecentPlaces } from '../../backend/files/recentPlaces';
import { CHROMIUM_ARGS, findChromium } from './findBinaries';
import { BROWSER_HOST_ORIGIN, serveRendererFiles } from './rendererRoutes';
import { launchAppWindow, STARTING_PAGE } from './appWindow';
import { lastWindowState, rememberAppWindow } from './appWindowPlacement';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
export const APP_URL = `${BROWSER_HOST_ORIGIN}/index.html`;

export interface BrowserHostOptions {
  dataDir: string;
  /** A visible Chromium app window (`npm start` without Electron), its profile in this folder. */
  appWindow?: { profileDir: string };
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Told as each step of the launch begins, so a launch that stalls can say where (the e2e fixture's watch). */
  onStep?: (step: HostLaunchStep) => void;
}

/** The launch's steps, in order. */
export type HostLaunchStep = 'open the backend' | 'start Chromium' | 'serve the renderer' | 'install the bridge' | 'load the app';

export interface HostSession {
  page: Page;
  /** Present in the browser host only; specs must not rely on it, so they run under Electron too. */
  backend?: Backend;
  /** Folders the app asked the file manager to open (the browser host's test mode records them). */
  openedFolders?: string[];
  /** Electron only: its native dialogs cannot be driven, so the next one is answered in main. */
  answerOpenDialog?(paths: string[]): Promise<void>;
  setClipboardText(text: string): Promise<void>;
  /** The clipboard's text/html flavour, as a browser copy leaves it beside the plain text. */
  setClipboardHtml(html: string): Promise<void>;
  close(): Promise<void>;
}

/** The system clipboard's HTML flavour, read in the app window's page (clipboard-read is granted). */
async function readPageClipboardHtml(): Promise<string> {
  for (const item of await navigator.clipboard.read()) {
    if (item.types.includes('text/html')) return (await item.getType('text/html')).text();
  }
  return '';
}

/** In tests, folders are not opened in a real file manager; they are noted for the spec to check. */
function recordingFileManager(opened: string[]): FileManager {
  return { name: 'the test file manager', open: async (folder) => void opened.push(folder) };
}

/**
 * Copydesk without Electron: Debian's (or the user's) Chromium shows the built renderer, and the real
 * main-process backend runs in this Node process behind a Playwright binding. Files and folders are
 * chosen in the in-app file dialog the backend serves. Used by the e2e suite, the screenshots, the
 * benchmarks, and `npm start` when Electron's binary is unavailable.
 */
export async function launchBrowserHost(options: BrowserHostOptions): Promise<HostSession & { backend: Backend; openedFolders: string[] }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  const dialogs = new InAppFileDialogs(await RecentPlaces.open(options.dataDir));
  const openedFolders: string[] = [];
  let clipboardText = '';
  let clipboardHtml = '';
  let page: Page | null = null;
  const platform = browserPlatform({
    dialogs,
    fileManager: options.appWindow ? findFileManager() : recordingFileManager(openedFolders),
    // The app window reads the system clipboard through the page; tests set what it holds.
    readClipboardText: async () =>
      options.appWindow && page ? page.evaluate(() => navigator.clipboard.readText()).catch(() => '') : clipboardText,
    readClipboardHtml: async () => (options.appWindow && page ? page.evaluate(readPageClipboardHtml).catch(() => '') : clipboardHtml),
  });
  const step = options.onStep ?? (() => undefined);
  const pdf = new PlaywrightPdfPrinter();
  step('open the backend');
  const backend = await openBackend({
    dataDir: options.dataDir,
    host: 'browser',
    version: process.env.npm_package_version ?? 'dev',
    platform,
    stylesheet: readPreviewStylesheet(),
    pdf,
    fileDialogs: dialogs,
  });
  let context: BrowserContext | null = null;
  let stopRemembering = async (): Promise<void> => undefined;
  let profile: string | null = null;
  try {
    step('start Chromium');
    if (options.appWindow) {
      const saved = lastWindowState(backend.settings.get().windows);
      ({ context, page } = await launchAppWindow({
        executablePath,
        profileDir: options.appWindow.profileDir,
        bounds: saved?.bounds ?? null,
        maximized: saved?.maximized ?? false,
      }));
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BROWSER_HOST_ORIGIN });
    } else {
      ({ context, page, profile } = await launchHeadlessApp(executablePath, options));
    }
    step('serve the renderer');
    await serveRendererFiles(context, RENDERER_DIR);
    step('install the bridge');
    await installBridge(context, backend.invoke);
    const shown = page;
    // The backend opened a file dialog: tell the page to draw it (a page still loading asks on start).
    dialogs.onRequest(() => void sendMenuCommand(shown, 'file-dialog').catch(() => undefined));
    // The desk's notices reach the page the way the menu's commands do (Electron: webContents.send).
    const stopNotices = backend.onDeskNotice((notice) => void sendMenuCommand(shown, 'desk-notice', notice).catch(() => undefined));
    step('load the app');
    await shown.goto(APP_URL);
    if (options.appWindow) stopRemembering = await rememberAppWindow(context, shown, backend.settings);
    const opened = context;
    return {
      page: shown,
      backend,
      openedFolders,
      setClipboardText: async (text) => {
        clipboardText = text;
      },
      setClipboardHtml: async (html) => {
        clipboardHtml = html;
      },
      async close() {
        stopNotices();
        await stopRemembering();
        // Let the page flush pending saves the way closing a window does, then close the store cleanly.
        await shown.close({ runBeforeUnload: true }).catch(() => undefined);
        await backend.close();
        await pdf.close();
        await opened.close().catch(() => undefined);
        await opened
          .browser()
          ?.close()
          .catch(() => undefined);
        if (profile) await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await backend.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The test host: the same app-mode window as `npm start`, headless, with a throwaway profile. App mode
 * matters to the specs: only there does the page get Ctrl+N, Ctrl+W and Ctrl+T before the browser does.
 */
async function launchHeadlessApp(
  executablePath: string,
  options: BrowserHostOptions,
): Promise<{ context: BrowserContext; page: Page; profile: string }> {
  const profile = await mkdtemp(join(tmpdir(), 'copydesk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, `--app=${STARTING_PAGE}`],
    ignoreDefaultArgs: ['about:blank'],
    viewport: options.viewport ?? { width: 1280, height: 820 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
  });
  const page = context.pages()[0] ?? (await context.waitForEvent('page'));
  return { context, page, profile };
}
