import type { Rect, SavedWindowState } from '../../../core/settings/settingsSchema';

/**
 * Where the main window opens, worked out without Electron: the displays present at start (in DIPs,
 * as Electron's `screen` reports them) and the states remembered for earlier display layouts go in; a
 * rectangle that is wholly visible comes out.
 */
export type { Rect };

export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** The bounds less the taskbar, dock and menu bar. */
  workArea: Rect;
}

export interface WindowPlacement {
  bounds: Rect;
  maximized: boolean;
}

export interface SizeLimits {
  defaultWidth: number;
  defaultHeight: number;
  minWidth: number;
  minHeight: number;
}

export const WINDOW_SIZE: SizeLimits = { defaultWidth: 1280, defaultHeight: 840, minWidth: 760, minHeight: 520 };

/**
 * The key a state is remembered under: the set of displays by position and size, not by id. Ids are
 * not stable across reboots on every OS, while "laptop alone" and "laptop plus the desk monitor" are
 * exactly the two setups a reporter moves between.
 */
export function layoutKey(displays: readonly DisplayInfo[]): string {
  return displays
    .map(({ bounds: b }) => `${b.width}x${b.height}@${b.x},${b.y}`)
    .sort()
    .join('|');
}

const area = (r: Rect) => Math.max(0, r.width) * Math.max(0, r.height);

function intersection(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

const contains = (r: Rect, px: number, py: number) => px >= r.x && px < r.x + r.width && py >= r.y && py < r.y + r.height;

/**
 * Whether every point of `rect` lies on some work area. Cutting the rectangle along every work-area edge
 * gives cells that are each wholly in or wholly out of any one area, so testing each cell's centre is
 * exact; it also copes with overlapping (mirrored) displays, where summing areas would not.
 */
export function isFullyVisible(rect: Rect, areas: readonly Rect[]): boolean {
  if (area(rect) === 0) return false;
  const cut = (lo: number, hi: number, edges: number[]) =>
    [...new Set([lo, hi, ...edges.filter((e) => e > lo && e < hi)])].sort((a, b) => a - b);
  const xs = cut(
    rect.x,
    rect.x + rect.width,
    areas.flatMap((a) => [a.x, a.x + a.width]),
  );
  const ys = cut(
    rect.y,
    rect.y + rect.height,
    areas.flatMap((a) => [a.y, a.y + a.height]),
  );
  for (let i = 0; i + 1 < xs.length; i++) {
    for (let j = 0; j + 1 < ys.length; j++) {
      const cx = (xs[i]! + xs[i + 1]!) / 2;
      const cy = (ys[j]! + ys[j + 1]!) / 2;
      if (!areas.some((a) => contains(a, cx, cy))) return false;
    }
  }
  return true;
}

/** The display showing most of `rect`, or null when none shows any of it. */
export function bestDisplay(rect: Rect, displays: readonly DisplayInfo[]): DisplayInfo | null {
  let best: DisplayInfo | null = null;
  let bestArea = 0;
  for (const display of displays) {
    const shared = area(intersection(rect, display.workArea));
    if (shared > bestArea) [best, bestArea] = [display, shared];
  }
  return best;
}

function fitSize(width: number, height: number, workArea: Rect, limits: SizeLimits) {
  return {
    width: Math.min(Math.max(width, Math.min(limits.minWidth, workArea.width)), workArea.width),
    height: Math.min(Math.max(height, Math.min(limits.minHeight, workArea.height)), workArea.height),
  };
}

export function centredOn(workArea: Rect, width: number, height: number, limits: SizeLimits = WINDOW_SIZE): Rect {
  const size = fitSize(width, height, workArea, limits);
  return {
    x: workArea.x + Math.floor((workArea.width - size.width) / 2),
    y: workArea.y + Math.floor((workArea.height - size.height) / 2),
    ...size,
  };
}

const clampInto = (start: number, length: number, areaStart: number, areaLength: number) =>
  Math.min(Math.max(start, areaStart), areaStart + areaLength - length);

const isSaneRect = (r: Rect) => [r.x, r.y, r.width, r.height].every(Number.isFinite) && r.width > 0 && r.height > 0;

/**
 * A remembered rectangle made visible on the displays present now:
 * - wholly visible (even across two monitors): kept as it is, less any size under the minimum;
 * - wholly off-screen (the monitor it was on is gone): the same size, centred on the primary display;
 * - partly off-screen: shrunk to the work area of the display showing most of it, then moved inside.
 */
export function clampToDisplays(
  rect: Rect,
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
  limits: SizeLimits = WINDOW_SIZE,
): Rect {
  if (!isSaneRect(rect)) return centredOn(primary.workArea, limits.defaultWidth, limits.defaultHeight, limits);
  const rounded = { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
  const target = bestDisplay(rounded, displays);
  if (!target) return centredOn(primary.workArea, rounded.width, rounded.height, limits);
  const grown = { ...rounded, width: Math.max(rounded.width, limits.minWidth), height: Math.max(rounded.height, limits.minHeight) };
  if (
    isFullyVisible(
      grown,
      displays.map((d) => d.workArea),
    )
  )
    return grown;
  const wa = target.workArea;
  const size = fitSize(rounded.width, rounded.height, wa, limits);
  return { x: clampInto(rounded.x, size.width, wa.x, wa.width), y: clampInto(rounded.y, size.height, wa.y, wa.height), ...size };
}

/**
 * Where to open: the state saved for this exact layout, else the most recently saved one (clamped to
 * whatever is here now), else the default size centred on the primary display.
 */
export function restorePlacement(
  saved: Readonly<Record<string, SavedWindowState>>,
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
  limits: SizeLimits = WINDOW_SIZE,
): WindowPlacement {
  const exact = saved[layoutKey(displays)];
  const latest = Object.values(saved).sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
  const state = exact ?? latest;
  if (!state) return { bounds: centredOn(primary.workArea, limits.defaultWidth, limits.defaultHeight, limits), maximized: false };
  return { bounds: clampToDisplays(state.bounds, displays, primary, limits), maximized: state.maximized };
}
