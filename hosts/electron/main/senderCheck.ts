/** What the sender check needs of a frame; Electron's WebFrameMain has all of it. */
export interface FrameLike {
  url: string;
  /** The origin Chromium computed. Node's URL gives 'null' for app://, so it cannot be derived here. */
  origin?: string;
  parent: unknown;
}

/**
 * Only the top frame of one of our own windows, showing our own origin, may call the backend. Kept
 * free of Electron so it is unit-tested; window.ts supplies the frame and whether it is our window's.
 */
export function isTrustedFrame(frame: FrameLike | null, isOurWindowsMainFrame: boolean, rendererOrigin: string): boolean {
  if (!frame || frame.parent !== null || !isOurWindowsMainFrame) return false;
  if (frame.origin !== undefined) return frame.origin === rendererOrigin;
  return frame.url === rendererOrigin || frame.url.startsWith(`${rendererOrigin}/`);
}
