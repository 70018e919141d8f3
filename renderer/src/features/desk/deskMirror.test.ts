import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from './base64';

/**
 * The window's mirror sends typed edits to main: one call per key at a typist's pace, keys typed faster
 * than SEND_EVERY_MS apart merged into one call, and a flush (autosave, closing) sending at once. A fake
 * main holds each call until the test answers it, so the interleavings are played exactly.
 */

interface Held {
  update: Uint8Array;
  answer(): void;
}

function fakeMain() {
  const held: Held[] = [];
  const api = {
    deskOpenArticle: async () => ({ ok: true, value: { state: toBase64(Y.encodeStateAsUpdate(new Y.Doc())) } }),
    deskEditorUpdate: ({ update }: { update: string }) =>
      new Promise((resolve) => held.push({ update: fromBase64(update), answer: () => resolve({ ok: true, value: null }) })),
    deskPresence: async () => ({ ok: true, value: null }),
  };
  vi.stubGlobal('window', { copydesk: api });
  return held;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

async function openMirror() {
  const { DeskMirror, SEND_EVERY_MS } = await import('./deskMirror');
  const mirror = (await DeskMirror.open('11111111-1111-4111-8111-111111111111'))!;
  return { mirror, SEND_EVERY_MS, text: mirror.doc.getText('t') };
}

/** What main holds once every sent update is applied: the window's text, or not. */
function applied(held: Held[]): string {
  const doc = new Y.Doc();
  for (const h of held) Y.applyUpdate(doc, h.update);
  return doc.getText('t').toString();
}

describe('DeskMirror sending', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends the first key at once and merges keys typed faster than the interval into the next call', async () => {
    const held = fakeMain();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { mirror, SEND_EVERY_MS, text } = await openMirror();
    text.insert(0, 'a');
    expect(held).toHaveLength(1);
    for (const key of 'bcdef') {
      await vi.advanceTimersByTimeAsync(10);
      text.insert(text.length, key);
    }
    held[0]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    // The pause after a send: nothing goes until it ends, then the five keys go as one update.
    expect(held).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SEND_EVERY_MS);
    expect(held).toHaveLength(2);
    held[1]!.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(applied(held)).toBe('abcdef');
    expect(mirror.hasUnsent).toBe(false);
  });

  it('sends each key at once at a typist’s pace', async () => {
    const held = fakeMain();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { SEND_EVERY_MS, text } = await openMirror();
    for (const key of 'news') {
      text.insert(text.length, key);
      held.at(-1)?.answer();
      await vi.advanceTimersByTimeAsync(SEND_EVERY_MS * 2);
    }
    expect(held).toHaveLength(4);
    expect(applied(held)).toBe('news');
  });

  it('a flush ends the pause: what waits is sent at once and the flush resolves when main has it', async () => {
    const held = fakeMain();
    const { mirror, text } = await openMirror();
    text.insert(0, 'x');
    text.insert(1, 'y');
    held[0]!.answer();
    let flushed = false;
    const flushing = mirror.flush().then(() => (flushed = true));
    // Real timers, no time passing: only the flush can have ended the pause.
    for (let i = 0; i < 5 && held.length < 2; i++) await tick();
    expect(held).toHaveLength(2);
    expect(flushed).toBe(false);
    held[1]!.answer();
    await flushing;
    expect(applied(held)).toBe('xy');
  });
});
