import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { call } from '../../bridge/copydesk';
import { fromBase64, toBase64 } from './base64';
import { LatestSender } from './latestSender';

/** How often this window's caret goes to the desk while it moves (see LatestSender). */
const PRESENCE_INTERVAL_MS = 150;

/**
 * Edits typed faster than this apart go to main together. A typist (100 words a minute is a key every
 * ~120 ms) sends each key at once; a burst (key repeat, a fast run) costs one call and one fsync per
 * interval instead of per key. `flush()` (autosave, closing) sends at once.
 */
export const SEND_EVERY_MS = 60;

type PresenceState = { user: { name: string; color: string }; cursor?: unknown } | null;

/** The origin of changes that came from main (the desk's, or main's own): never sent back. */
export const FROM_MAIN = Symbol('from-main');

/**
 * The window's mirror of an open article's Y.Doc. Main keeps the replica; this copy is what TipTap and
 * the fields are bound to. Edits made here are sent to main in order, merged while one is in flight;
 * `flush()` resolves when main has logged them durably (the status bar's "Saved"). Changes from the desk
 * are pulled by state vector when main sends a notice, so a lost or merged notice costs nothing.
 */
export class DeskMirror {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  private pending: Uint8Array[] = [];
  private sending: Promise<void> | null = null;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  /** A flush is waiting: send without the pause between sends. */
  private urgent = false;
  private endPause: (() => void) | null = null;
  private pulling: Promise<void> | null = null;
  private pullAgain = false;
  private closed = false;
  private readonly problems = new Set<(message: string) => void>();
  private readonly presence = new LatestSender<PresenceState>((state) => void sendPresence(this.id, state), PRESENCE_INTERVAL_MS);

  private constructor(readonly id: string) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_MAIN || this.closed) return;
      this.pending.push(update);
      this.send().catch(() => undefined); // reported to onProblem; kept for the next try
    });
    // This window's caret and name go to the desk through main (others' come back with each pull).
    this.awareness.on('update', (_changes: unknown, origin: unknown) => {
      if (origin !== 'local' || this.closed) return;
      this.presence.offer(this.awareness.getLocalState() as PresenceState);
    });
  }

  /** The mirror of a shared article, or null when the article is not shared (the editor works as before). */
  static async open(id: string): Promise<DeskMirror | null> {
    const opened = await call('deskOpenArticle', { id });
    if (!opened) return null;
    const mirror = new DeskMirror(id);
    Y.applyUpdate(mirror.doc, fromBase64(opened.state), FROM_MAIN);
    return mirror;
  }

  onProblem(listener: (message: string) => void): () => void {
    this.problems.add(listener);
    return () => this.problems.delete(listener);
  }

  /** Resolves once every edit made so far is logged in main (or rejects with why it is not). */
  async flush(): Promise<void> {
    while (this.sending || this.pending.length > 0) {
      this.urgent = true;
      this.endPause?.();
      if (!this.sending) void this.send();
      await this.sending;
    }
  }

  get hasUnsent(): boolean {
    return this.sending !== null || this.pending.length > 0;
  }

  /** Brings in what main has and this mirror lacks; overlapping pulls are folded into one more. */
  pull(): Promise<void> {
    if (this.pulling) {
      this.pullAgain = true;
      return this.pulling;
    }
    this.pulling = (async () => {
      do {
        this.pullAgain = false;
        const { update, awareness } = await call('deskPull', { id: this.id, stateVector: toBase64(Y.encodeStateVector(this.doc)) });
        if (this.closed) return;
        Y.applyUpdate(this.doc, fromBase64(update), FROM_MAIN);
        if (awareness) applyAwarenessUpdate(this.awareness, fromBase64(awareness), 'desk');
      } while (this.pullAgain && !this.closed);
    })().finally(() => {
      this.pulling = null;
    });
    return this.pulling;
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    this.closed = true;
    this.presence.stop();
    removeAwarenessStates(
      this.awareness,
      [...this.awareness.getStates().keys()].filter((c) => c !== this.doc.clientID),
      'close',
    );
    await sendPresence(this.id, null);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private send(): Promise<void> {
    if (this.sending) return this.sending;
    this.sending = (async () => {
      while (this.pending.length > 0) {
        const wait = this.lastSentAt + SEND_EVERY_MS - performance.now();
        // Keys typed meanwhile join this send.
        if (wait > 0 && !this.urgent) await this.pause(wait);
        this.lastSentAt = performance.now();
        const update = Y.mergeUpdates(this.pending.splice(0));
        try {
          await call('deskEditorUpdate', { id: this.id, update: toBase64(update) });
        } catch (error) {
          // Kept and sent with the next edit or flush: nothing typed is dropped because main said no once.
          this.pending.unshift(update);
          for (const listener of this.problems) listener((error as Error).message);
          throw error;
        }
      }
    })().finally(() => {
      this.sending = null;
      this.urgent = false;
    });
    return this.sending;
  }

  private pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.endPause = done;
    }).finally(() => {
      this.endPause = null;
    });
  }
}

function sendPresence(id: string, state: PresenceState): Promise<void> {
  const shaped = state?.user ? { user: state.user, cursor: (state.cursor ?? null) as { anchor: unknown; head: unknown } | null } : null;
  return call('deskPresence', { id, state: shaped }).then(
    () => undefined,
    () => undefined,
  );
}
