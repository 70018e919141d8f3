import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { Rect } from '../../core/settings/settingsSchema';
import { CHROMIUM_ARGS } from './findBinaries';

/** Shown for the moment between the window opening and the app's first paint: Copydesk's colours, its name. */
export const STARTING_PAGE = `data:text/html;charset=utf-8,${encodeURIComponent(
  '<!doctype html><title>Copydesk</title><meta name="color-scheme" content="light dark"><body style="margin:0;display:grid;place-items:center;height:100vh;font:15px system-ui;color:#888">Copydesk is starting…</body>',
)}`;

export interface AppWindowOptions {
  executablePath: string;
  /** Chromium's profile: in the OS app-data folder, never beside a library. */
  profileDir: string;
  /** Where the window was last, if known. */
  bounds: Rect | null;
  maximized: boolean;
}

const runsAsRoot = () => process.getuid?.() === 0;

/**
 * A Chromium window in app mode (`--app`): no tab strip, URL bar or info bars, and the page gets
 * Ctrl+N/W/T itself, so Copydesk's own shortcuts win. Playwright's persistent context normally opens
 * about:blank in a browser window first; that argument is left out, so the app window is the only one.
 */
export async function launchAppWindow(options: AppWindowOptions): Promise<{ context: BrowserContext; page: Page }> {
  const placement = options.bounds
    ? [`--window-position=${options.bounds.x},${options.bounds.y}`, `--window-size=${options.bounds.width},${options.bounds.height}`]
    : ['--window-size=1280,840'];
  // Chromium refuses its sandbox as root (containers); there --no-sandbox is needed, and --test-type keeps
  // Chromium from showing its "unsupported command-line flag" bar about it.
  const sandboxArgs = runsAsRoot() ? ['--no-sandbox', '--test-type'] : [];
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: options.executablePath,
    headless: false,
    viewport: null,
    chromiumSandbox: !runsAsRoot(),
    ignoreDefaultArgs: ['about:blank'],
    args: [
      ...CHROMIUM_ARGS.filter((a) => a !== '--no-sandbox'),
      ...sandboxArgs,
      ...placement,
      ...(options.maximized ? ['--start-maximized'] : []),
      `--app=${STARTING_PAGE}`,
    ],
    serviceWorkers: 'block',
  });
  const page = context.pages()[0] ?? (await context.waitForEvent('page'));
  return { context, page };
}

export interface WindowBounds {
  bounds: Rect;
  maximized: boolean;
}

/** The window's current place and size, through the DevTools protocol (Chromium's own window API). */
export async function readWindowBounds(context: BrowserContext, page: Page): Promise<WindowBounds | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const { bounds } = (await cdp.send('Browser.getWindowForTarget')) as {
      bounds: { left?: number; top?: number; width?: number; height?: number; windowState?: string };
    };
    if (bounds.windowState === 'minimized' || bounds.windowState === 'fullscreen') return null;
    const { left = 0, top = 0, width = 0, height = 0 } = bounds;
    return { bounds: { x: left, y: top, width, height }, maximized: bounds.windowState === 'maximized' };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Brings the window forward (a second `npm start` asks for this). */
export async function focusWindow(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
    await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  await page.bringToFront();
}
