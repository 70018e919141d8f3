import { describe, expect, it } from 'vitest';
import { isTrustedFrame } from './senderCheck';

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
