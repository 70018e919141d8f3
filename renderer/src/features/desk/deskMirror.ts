import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { call } from '../../bridge/copydesk';
import { fromBase64, toBase64 } from './base64';

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
  private pulling: Promise<void> | null = null;
  private pullAgain = false;
  private closed = false;
  private readonly problems = new Set<(message: string) => void>();

  private constructor(readonly id: string) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_MAIN || this.closed) return;
      this.pending.push(update);
      this.send().catch(() => undefined); // reported to onProblem; kept for the next try
    });
    // This window's caret and name go to the desk through main (others' come back with each pull).
    this.awareness.on('update', (_changes: unknown, origin: unknown) => {
      if (origin !== 'local' || this.closed) return;
      const state = this.awareness.getLocalState() as Parameters<typeof sendPresence>[1];
      void sendPresence(this.id, state);
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
    });
    return this.sending;
  }
}

function sendPresence(id: string, state: { user: { name: string; color: string }; cursor?: unknown } | null): Promise<void> {
  const shaped = state?.user ? { user: state.user, cursor: (state.cursor ?? null) as { anchor: unknown; head: unknown } | null } : null;
  return call('deskPresence', { id, state: shaped }).then(
    () => undefined,
    () => undefined,
  );
}
