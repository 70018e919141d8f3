import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { openBackend, type Backend } from '../../backend/openBackend';
import { installBridge } from './bridge';
import { PlaywrightPdfPrinter } from './playwrightPdfPrinter';
import { readPreviewStylesheet } from '../../backend/export/previewStylesheet';
import { fallbackAppPlatform, ScriptedPlatform } from '../../backend/hostPlatforms';
import { CHROMIUM_ARGS, findChromium } from './findBinaries';
import { BROWSER_HOST_ORIGIN, serveRendererFiles } from './rendererRoutes';

export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
export const APP_URL = `${BROWSER_HOST_ORIGIN}/index.html`;

export interface BrowserHostOptions {
  dataDir: string;
  /** A visible Chromium app window (the desktop fallback) instead of a headless page. */
  appWindow?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

export interface HostSession {
  page: Page;
  /** Present in the browser host only; specs must not rely on it, so they run under Electron too. */
  backend?: Backend;
  /** The next native open dialog answers with these paths. */
  answerOpenDialog(paths: string[]): Promise<void>;
  answerFolderDialog(folder: string): Promise<void>;
  setClipboardText(text: string): Promise<void>;
  /** The clipboard's text/html flavour, as a browser copy leaves it beside the plain text. */
  setClipboardHtml(html: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Copydesk without Electron: Debian's (or the user's) Chromium shows the built renderer, and the real
 * main-process backend runs in this Node process behind a Playwright binding. Used by the e2e suite,
 * the screenshots, the benchmarks, and `npm start` when Electron's binary is unavailable.
 */
export async function launchBrowserHost(options: BrowserHostOptions): Promise<HostSession & { backend: Backend }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  const scripted = new ScriptedPlatform();
  const platform = options.appWindow ? fallbackAppPlatform : scripted;
  const pdf = new PlaywrightPdfPrinter();
  const backend = await openBackend({
    dataDir: options.dataDir,
    host: 'browser',
    version: process.env.npm_package_version ?? 'dev',
    platform,
    stylesheet: readPreviewStylesheet(),
    pdf,
  });
  let context: BrowserContext | null = null;
  try {
    context = options.appWindow ? await launchAppWindow(executablePath, options.dataDir) : await launchHeadless(executablePath, options);
    await serveRendererFiles(context, RENDERER_DIR);
    await installBridge(context, backend.invoke);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(APP_URL);
    const opened = context;
    return {
      page,
      backend,
      answerOpenDialog: async (paths) => scripted.answerNextOpenDialog(paths),
      answerFolderDialog: async (folder) => scripted.answerNextFolderDialog(folder),
      setClipboardText: async (text) => {
        scripted.clipboardText = text;
      },
      setClipboardHtml: async (html) => {
        scripted.clipboardHtml = html;
      },
      async close() {
        // Let the page flush pending saves the way closing a window does, then close the store cleanly.
        await page.close({ runBeforeUnload: true }).catch(() => undefined);
        await backend.close();
        await pdf.close();
        await opened.close().catch(() => undefined);
        await opened
          .browser()
          ?.close()
          .catch(() => undefined);
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await backend.close();
    throw error;
  }
}

async function launchHeadless(executablePath: string, options: BrowserHostOptions): Promise<BrowserContext> {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 820 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
  });
}

/** A window without browser chrome (--app), its profile kept beside the library rather than the user's. */
async function launchAppWindow(executablePath: string, dataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dataDir, '..', 'browser-profile'), {
    executablePath,
    headless: false,
    viewport: null,
    args: [...CHROMIUM_ARGS.filter((a) => a !== '--no-sandbox' || process.getuid?.() === 0), '--app=about:blank', '--window-size=1280,840'],
    serviceWorkers: 'block',
  });
}
