import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { UpdateLog } from './updateLog';
import { refusedMessage } from './deskProbe';

/** The origin of edits made on this machine (the Y.Doc's update listener tells them from the desk's). */
export const LOCAL_ORIGIN = Symbol('copydesk-local');

/**
 * One shared document on this machine: its Y.Doc, its durable log and its provider on the shared
 * socket. Local updates are logged (fsynced) in order; the desk's updates are buffered and logged when
 * the desk confirms. `onRemote` hears about every change that came from the desk.
 */
export class Replica {
  /** Serialises log writes: a confirmation must never overtake a local append. */
  private chain: Promise<void> = Promise.resolve();
  provider: HocuspocusProvider | null = null;
  synced = false;
  /** The server closed this document: the reason (a refused change, a revoked token). */
  refusal: string | null = null;

  private constructor(
    readonly name: string,
    readonly doc: Y.Doc,
    readonly log: UpdateLog,
    private readonly onRemote: (replica: Replica) => void,
  ) {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_ORIGIN) this.enqueue(() => this.log.appendLocal(update));
      else {
        this.log.bufferRemote(update);
        this.onRemote(this);
      }
    });
  }

  static async open(dir: string, name: string, onRemote: (replica: Replica) => void): Promise<Replica> {
    const { log, doc } = await UpdateLog.open(dir, name);
    return new Replica(name, doc, log, onRemote);
  }

  /** Resolves once every local update so far is on disk. */
  settled(): Promise<void> {
    return this.chain;
  }

  get waiting(): number {
    return this.log.waiting;
  }

  connect(socket: HocuspocusProviderWebsocket, token: string, onChange: () => void): void {
    if (this.provider) return;
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: this.name,
      document: this.doc,
      token,
      onSynced: ({ state }) => {
        this.synced = state;
        this.maybeConfirm();
        onChange();
      },
      onUnsyncedChanges: () => {
        this.maybeConfirm();
        onChange();
      },
      onAuthenticationFailed: ({ reason }) => {
        this.refusal = `${refusedMessage(reason)} (Settings → Desk)`;
        onChange();
      },
    });
    provider.on('close', ({ event }: { event?: { reason?: string } }) => {
      this.synced = false;
      const reason = event?.reason ?? '';
      if (/^Reset Connection$/i.test(reason)) {
        // The server failed on something of its own: not a verdict on our change. Open the document again.
        provider.detach();
        setTimeout(() => {
          if (this.provider === provider) provider.attach();
        }, 1000).unref();
      } else if (reason !== '' && !/closed the connection/i.test(reason)) {
        // A document the server closes on purpose (a refused change) is not reopened: it would be refused again.
        this.refusal = `The desk refused a change: ${reason}`;
        provider.detach();
      }
      onChange();
    });
    provider.attach();
    this.provider = provider;
  }

  /** True when the desk has everything this replica has sent and nothing is being written. */
  get upToDate(): boolean {
    return this.synced && this.provider !== null && this.provider.unsyncedChanges === 0;
  }

  private maybeConfirm(): void {
    if (this.upToDate) this.enqueue(() => this.log.confirm());
  }

  private enqueue(task: () => Promise<void>): void {
    this.chain = this.chain.then(task).catch((error: unknown) => {
      // A disk error must not be silent: the edit is not durable. Keep the message for the status bar.
      this.refusal = `Could not write the desk replica: ${(error as Error).message}`;
    });
  }

  async close(): Promise<void> {
    this.provider?.destroy();
    this.provider = null;
    await this.chain;
    await this.log.flush();
    this.doc.destroy();
  }
}
