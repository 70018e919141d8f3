import type { BrowserContext, Page } from '@playwright/test';
import type { SavedWindowState } from '../../core/settings/settingsSchema';
import type { SettingsStore } from '../../backend/store/settings';
import type { Rect } from '../../core/settings/settingsSchema';
import { readWindowBounds, type WindowBounds } from './appWindow';

const POLL_MS = 1_000;

/** The newest remembered window state: the screen is not known until the window is open. */
export function lastWindowState(saved: Readonly<Record<string, SavedWindowState>>): SavedWindowState | null {
  return Object.values(saved).sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0] ?? null;
}

interface ScreenInfo {
  bounds: Rect;
  /** The screen less the taskbar or dock. */
  workArea: Rect;
}

/** A remembered place kept if it is wholly on the screen; otherwise its size, fitted and centred there. */
export function keepOnScreen(rect: Rect, area: Rect): Rect {
  const inside =
    rect.x >= area.x && rect.y >= area.y && rect.x + rect.width <= area.x + area.width && rect.y + rect.height <= area.y + area.height;
  if (inside) return rect;
  const width = Math.min(rect.width, area.width);
  const height = Math.min(rect.height, area.height);
  return { x: area.x + Math.floor((area.width - width) / 2), y: area.y + Math.floor((area.height - height) / 2), width, height };
}

async function screenOf(page: Page): Promise<ScreenInfo> {
  const s = await page.evaluate(() => {
    const screen = window.screen as Screen & { availLeft?: number; availTop?: number };
    return {
      width: screen.width,
      height: screen.height,
      availLeft: screen.availLeft ?? 0,
      availTop: screen.availTop ?? 0,
      availWidth: screen.availWidth,
      availHeight: screen.availHeight,
    };
  });
  return {
    bounds: { x: 0, y: 0, width: s.width, height: s.height },
    workArea: { x: s.availLeft, y: s.availTop, width: s.availWidth, height: s.availHeight },
  };
}

const same = (a: WindowBounds | null, b: WindowBounds | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps the app window's place and size in the settings, as Electron's main does for its window: moved
 * inside the screen if the remembered place is off it (a monitor gone), then saved whenever it changes.
 * Chromium has no move or resize event for the host to hear, so the bounds are read once a second.
 */
export async function rememberAppWindow(context: BrowserContext, page: Page, settings: SettingsStore): Promise<() => Promise<void>> {
  const display = await screenOf(page);
  const key = `browser:${display.bounds.width}x${display.bounds.height}`;
  let last = await readWindowBounds(context, page);
  if (last && !last.maximized) {
    const visible = keepOnScreen(last.bounds, display.workArea);
    if (!same(last, { bounds: visible, maximized: false })) {
      const cdp = await context.newCDPSession(page);
      const { windowId } = (await cdp.send('Browser.getWindowForTarget')) as { windowId: number };
      await cdp.send('Browser.setWindowBounds', {
        windowId,
        bounds: { left: visible.x, top: visible.y, width: visible.width, height: visible.height },
      });
      await cdp.detach();
      last = { bounds: visible, maximized: false };
    }
  }
  const save = async () => {
    const now = await readWindowBounds(context, page).catch(() => null);
    if (!now || same(now, last)) return;
    last = now;
    await settings.saveWindowState(key, now);
  };
  const timer = setInterval(() => void save().catch(() => undefined), POLL_MS);
  return async () => {
    clearInterval(timer);
    await save().catch(() => undefined);
  };
}
