import { screen, type BrowserWindow, type Display } from 'electron';
import type { SettingsStore } from '../../../backend/store/settings';
import { clampToDisplays, isFullyVisible, layoutKey, restorePlacement, type DisplayInfo, type WindowPlacement } from './windowStateClamp';

/** Electron glue for window placement; the decisions are in windowStateClamp.ts. */
const SAVE_DELAY_MS = 400;

const toInfo = ({ id, bounds, workArea }: Display): DisplayInfo => ({ id, bounds, workArea });
const displaysNow = () => screen.getAllDisplays().map(toInfo);

/** Where the main window should open. Needs the app to be ready (Electron's `screen` does). */
export function initialPlacement(settings: SettingsStore): WindowPlacement {
  return restorePlacement(settings.get().windows, displaysNow(), toInfo(screen.getPrimaryDisplay()));
}

/**
 * Saves the normal (unmaximised) bounds and the maximised flag under the current display layout: after
 * a pause in dragging or resizing, and once more on close. Minimised and full-screen states are not
 * what anyone wants to reopen into, so they are skipped.
 */
export function rememberWindowState(window: BrowserWindow, settings: SettingsStore): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    settings
      .saveWindowState(layoutKey(displaysNow()), state)
      .catch((error: unknown) => console.error('Could not save the window state:', error));
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
  keepOnScreen(window);
}

/** A monitor unplugged while Copydesk runs must not take the window with it (Linux leaves it there). */
function keepOnScreen(window: BrowserWindow): void {
  const check = () => {
    if (window.isDestroyed() || window.isMaximized() || window.isFullScreen()) return;
    const displays = displaysNow();
    const bounds = window.getBounds();
    if (
      isFullyVisible(
        bounds,
        displays.map((d) => d.workArea),
      )
    )
      return;
    window.setBounds(clampToDisplays(bounds, displays, toInfo(screen.getPrimaryDisplay())));
  };
  screen.on('display-removed', check);
  screen.on('display-metrics-changed', check);
  window.once('closed', () => {
    screen.removeListener('display-removed', check);
    screen.removeListener('display-metrics-changed', check);
  });
}
