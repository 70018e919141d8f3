import { describe, expect, it } from 'vitest';
import {
  bestDisplay,
  centredOn,
  clampToDisplays,
  isFullyVisible,
  layoutKey,
  restorePlacement,
  WINDOW_SIZE,
  type DisplayInfo,
  type Rect,
} from './windowStateClamp';

const rect = (x: number, y: number, width: number, height: number): Rect => ({ x, y, width, height });
/** A display with a 40-px taskbar at the bottom, as Windows and most Linux desktops have. */
const display = (id: number, x: number, y: number, width: number, height: number, bar = 40): DisplayInfo => ({
  id,
  bounds: rect(x, y, width, height),
  workArea: rect(x, y, width, height - bar),
});

const laptop = display(1, 0, 0, 1440, 900);
const monitorRight = display(2, 1440, 0, 2560, 1440);
const monitorLeft = display(3, -1920, 0, 1920, 1080);
const monitorAbove = display(4, 0, -1080, 1920, 1080);
const portraitRight = display(5, 1440, -500, 1080, 1920);
const small = display(6, 0, 0, 1024, 600, 0);
const hiDpiLaptop = display(7, 0, 0, 1280, 800, 25);

const inside = (r: Rect, area: Rect) =>
  r.x >= area.x && r.y >= area.y && r.x + r.width <= area.x + area.width && r.y + r.height <= area.y + area.height;
const visibleOn = (r: Rect, displays: DisplayInfo[]) =>
  isFullyVisible(
    r,
    displays.map((d) => d.workArea),
  );

describe('layoutKey', () => {
  it('names a set of displays by geometry, whatever order or ids they come in', () => {
    expect(layoutKey([laptop, monitorRight])).toBe('1440x900@0,0|2560x1440@1440,0');
    expect(layoutKey([{ ...monitorRight, id: 99 }, laptop])).toBe(layoutKey([laptop, monitorRight]));
    expect(layoutKey([laptop])).not.toBe(layoutKey([laptop, monitorRight]));
  });
});

describe('isFullyVisible', () => {
  it('sees a window spanning two side-by-side monitors as visible', () => {
    expect(isFullyVisible(rect(1000, 100, 1000, 600), [laptop.workArea, monitorRight.workArea])).toBe(true);
  });

  it('finds the gap below a shorter monitor', () => {
    // The laptop's work area ends at y=860; the tall monitor beside it goes on to 1400.
    expect(isFullyVisible(rect(1000, 700, 1000, 400), [laptop.workArea, monitorRight.workArea])).toBe(false);
  });

  it('copes with mirrored (overlapping) displays and empty rectangles', () => {
    expect(isFullyVisible(rect(10, 10, 800, 600), [laptop.workArea, laptop.workArea])).toBe(true);
    expect(isFullyVisible(rect(10, 10, 0, 600), [laptop.workArea])).toBe(false);
  });
});

describe('clampToDisplays', () => {
  it('keeps a window that is wholly on screen', () => {
    expect(clampToDisplays(rect(100, 80, 1200, 760), [laptop], laptop)).toEqual(rect(100, 80, 1200, 760));
    expect(clampToDisplays(rect(1500, 50, 2000, 1300), [laptop, monitorRight], laptop)).toEqual(rect(1500, 50, 2000, 1300));
  });

  it('keeps a window spanning two monitors', () => {
    expect(clampToDisplays(rect(900, 100, 1400, 700), [laptop, monitorRight], laptop)).toEqual(rect(900, 100, 1400, 700));
  });

  it('centres a window on the primary display when its monitor is gone', () => {
    const placed = clampToDisplays(rect(2000, 200, 1280, 800), [laptop], laptop);
    expect(placed).toEqual(rect(80, 30, 1280, 800));
  });

  it('centres a window left on an unplugged monitor to the left or above', () => {
    expect(clampToDisplays(rect(-1800, 100, 1000, 700), [laptop], laptop)).toEqual(rect(220, 80, 1000, 700));
    expect(clampToDisplays(rect(100, -900, 1000, 700), [laptop], laptop)).toEqual(rect(220, 80, 1000, 700));
  });

  it('shrinks a remembered big window to fit the primary when it is off screen', () => {
    expect(clampToDisplays(rect(3000, 0, 2400, 1400), [laptop], laptop)).toEqual(rect(0, 0, 1440, 860));
  });

  it('moves a window hanging off the right edge back inside', () => {
    expect(clampToDisplays(rect(1000, 100, 1000, 700), [laptop], laptop)).toEqual(rect(440, 100, 1000, 700));
  });

  it('moves a window whose title bar is above the top of the screen down', () => {
    expect(clampToDisplays(rect(100, -50, 1000, 700), [laptop], laptop)).toEqual(rect(100, 0, 1000, 700));
  });

  it('moves a window under the taskbar up', () => {
    expect(clampToDisplays(rect(100, 400, 1000, 700), [laptop], laptop)).toEqual(rect(100, 160, 1000, 700));
  });

  it('shrinks a window larger than the work area it is mostly on', () => {
    expect(clampToDisplays(rect(-20, -20, 1600, 1000), [laptop], laptop)).toEqual(rect(0, 0, 1440, 860));
  });

  it('puts a partly visible window on the display showing most of it', () => {
    const placed = clampToDisplays(rect(1300, 1000, 1200, 800), [laptop, monitorRight], laptop);
    expect(inside(placed, monitorRight.workArea)).toBe(true);
    expect(placed).toEqual(rect(1440, 600, 1200, 800));
  });

  it('handles a monitor to the left with negative coordinates', () => {
    const displays = [monitorLeft, laptop];
    expect(clampToDisplays(rect(-1500, 100, 1200, 800), displays, laptop)).toEqual(rect(-1500, 100, 1200, 800));
    expect(clampToDisplays(rect(-2100, 100, 1200, 800), displays, laptop)).toEqual(rect(-1920, 100, 1200, 800));
  });

  it('handles a monitor stacked above', () => {
    const displays = [laptop, monitorAbove];
    expect(clampToDisplays(rect(100, -1000, 1200, 800), displays, laptop)).toEqual(rect(100, -1000, 1200, 800));
    // Straddling the seam: the lower part sits on the laptop, the monitor above has its taskbar in the way.
    const placed = clampToDisplays(rect(100, -300, 1200, 800), displays, laptop);
    expect(visibleOn(placed, displays)).toBe(true);
  });

  it('handles a portrait monitor offset upwards', () => {
    const displays = [laptop, portraitRight];
    expect(clampToDisplays(rect(1500, -400, 900, 1500), displays, laptop)).toEqual(rect(1500, -400, 900, 1500));
    const placed = clampToDisplays(rect(1500, -700, 900, 1500), displays, laptop);
    expect(placed).toEqual(rect(1500, -500, 900, 1500));
  });

  it('allows less than the minimum size only where the screen itself is smaller', () => {
    expect(clampToDisplays(rect(0, 0, 300, 200), [laptop], laptop)).toEqual(rect(0, 0, WINDOW_SIZE.minWidth, WINDOW_SIZE.minHeight));
    const tiny = display(8, 0, 0, 640, 480, 0);
    expect(clampToDisplays(rect(0, 0, 1280, 840), [tiny], tiny)).toEqual(rect(0, 0, 640, 480));
  });

  it('fits a netbook-sized screen', () => {
    expect(clampToDisplays(rect(50, 50, 1280, 840), [small], small)).toEqual(rect(0, 0, 1024, 600));
  });

  it('respects a macOS menu bar and dock in the work area', () => {
    const mac: DisplayInfo = { id: 9, bounds: rect(0, 0, 1512, 982), workArea: rect(0, 38, 1512, 870) };
    expect(clampToDisplays(rect(0, 0, 1200, 800), [mac], mac)).toEqual(rect(0, 38, 1200, 800));
  });

  it('rounds fractional DIPs from scaled displays', () => {
    expect(clampToDisplays(rect(10.4, 20.6, 1000.5, 700.2), [hiDpiLaptop], hiDpiLaptop)).toEqual(rect(10, 21, 1001, 700));
  });

  it('falls back to the default size for nonsense', () => {
    for (const bad of [rect(NaN, 0, 100, 100), rect(0, 0, -5, 100), rect(0, 0, Infinity, 100)]) {
      expect(clampToDisplays(bad, [laptop], laptop)).toEqual(centredOn(laptop.workArea, 1280, 840));
    }
  });

  it('always returns something wholly visible, over many layouts and rectangles', () => {
    const layouts = [
      [laptop],
      [laptop, monitorRight],
      [monitorLeft, laptop],
      [laptop, monitorAbove],
      [laptop, portraitRight],
      [small],
      [laptop, monitorRight, monitorLeft],
    ];
    for (const displays of layouts) {
      for (let x = -4000; x <= 4000; x += 700) {
        for (let y = -2000; y <= 2000; y += 500) {
          for (const [w, h] of [
            [800, 600],
            [1280, 840],
            [3000, 2000],
          ] as const) {
            const placed = clampToDisplays(rect(x, y, w, h), displays, displays.includes(laptop) ? laptop : displays[0]!);
            expect(visibleOn(placed, displays), `${JSON.stringify(rect(x, y, w, h))} on ${layoutKey(displays)}`).toBe(true);
          }
        }
      }
    }
  });
});

describe('bestDisplay and restorePlacement', () => {
  it('picks the display with the larger share', () => {
    expect(bestDisplay(rect(1200, 100, 800, 600), [laptop, monitorRight])?.id).toBe(2);
    expect(bestDisplay(rect(5000, 5000, 10, 10), [laptop, monitorRight])).toBeNull();
  });

  const saved = {
    [layoutKey([laptop])]: { bounds: rect(40, 40, 1200, 780), maximized: false, savedAt: '2026-01-01T10:00:00.000Z' },
    [layoutKey([laptop, monitorRight])]: { bounds: rect(1600, 100, 2200, 1200), maximized: true, savedAt: '2026-01-02T10:00:00.000Z' },
  };

  it('uses the state saved for the layout present now', () => {
    expect(restorePlacement(saved, [laptop], laptop)).toEqual({ bounds: rect(40, 40, 1200, 780), maximized: false });
    expect(restorePlacement(saved, [monitorRight, laptop], laptop)).toEqual({ bounds: rect(1600, 100, 2200, 1200), maximized: true });
  });

  it('falls back to the latest state, clamped, for a layout it has not seen', () => {
    const placed = restorePlacement(saved, [laptop, monitorAbove], laptop);
    expect(placed.maximized).toBe(true);
    expect(visibleOn(placed.bounds, [laptop, monitorAbove])).toBe(true);
  });

  it('opens at the default size, centred, the first time', () => {
    expect(restorePlacement({}, [laptop, monitorRight], laptop)).toEqual({ bounds: rect(80, 10, 1280, 840), maximized: false });
  });
});
