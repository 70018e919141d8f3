import { describe, expect, it, vi } from 'vitest';
import { isTrustedFrame } from './senderCheck';

// isTrustedSender lives in window.ts, which imports Electron; its binary is not
// installed here, so the module is stood in for.
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: (contents: { window?: unknown }) => contents.window ?? null },
  net: {},
  protocol: {},
  shell: {},
}));

const ORIGIN = 'app://copydesk';

describe('isTrustedFrame', () => {
  it('trusts our own top frame at app://copydesk', () => {
    expect(isTrustedFrame({ url: 'app://copydesk/index.html', origin: ORIGIN, parent: null }, true, ORIGIN)).toBe(true);
    expect(isTrustedFrame({ url: 'app://copydesk/index.html', parent: null }, true, ORIGIN)).toBe(true);
  });

  it.each([
    ['a sub-frame', { url: 'app://copydesk/x.html', origin: ORIGIN, parent: {} }, true],
    ['another window', { url: 'app://copydesk/index.html', origin: ORIGIN, parent: null }, false],
    ['another origin', { url: 'https://evil.test/', origin: 'https://evil.test', parent: null }, true],
    ['a look-alike host', { url: 'app://copydesk.evil.test/', parent: null }, true],
    ['a data: page', { url: 'data:text/html,hi', origin: 'null', parent: null }, true],
  ])('refuses %s', (_label, frame, ours) => {
    expect(isTrustedFrame(frame, ours, ORIGIN)).toBe(false);
  });

  it('refuses a message with no frame (a frame that has gone)', () => {
    expect(isTrustedFrame(null, true, ORIGIN)).toBe(false);
  });
});

/**
 * The wrapper in front of every channel (hosts/electron/main/ipcTransport.ts) answers only our own window's top
 * frame at our own origin. The check is isTrustedSender in hosts/electron/main/window.ts.
 */
describe('IPC sender check', () => {
  const frameAt = (url: string, origin = new URL(url).origin) => ({ url, origin, parent: null as unknown });
  const eventFrom = (frame: { url: string; origin: string; parent: unknown }, mainFrame: unknown = frame) => ({
    senderFrame: frame,
    sender: { window: { webContents: { mainFrame } } },
  });

  it('refuses subframes, other windows and other origins', async () => {
    const { isTrustedSender } = await import('./window');
    const top = frameAt('app://copydesk/index.html', 'app://copydesk');
    expect(isTrustedSender(eventFrom({ ...top, parent: top }) as never)).toBe(false);
    expect(isTrustedSender(eventFrom(top, frameAt('app://copydesk/other.html')) as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: null, sender: {} } as never)).toBe(false);
    for (const url of [
      'https://evil.test/',
      'app://copydesk.evil.test/',
      'app://evil/',
      'file:///tmp/a.html',
      'data:text/html,x',
      'about:blank',
      'not a url',
    ]) {
      const frame = { url, origin: 'null', parent: null };
      expect(isTrustedSender(eventFrom(frame) as never), url).toBe(false);
    }
  });

  // isTrustedSender's decision (origin from Chromium, not Node's URL) is tested in hosts/electron/main/senderCheck.test.ts.
});
