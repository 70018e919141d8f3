import { createHash } from 'node:crypto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { pictureBytes, pictureChunks, pictureDocument, PICTURE_ROOT, writePictureSize } from '../../core/desk/pictureDoc';
import type { AssetStore } from '../store/assetStore';
import type { DeskConfig } from './deskConfig';
import { NodeWebSocket } from './nodeWebSocket';

const WAIT_MS = 30_000;

/**
 * Lead pictures travel with their stories: a picture this library has is put on the desk (once: its
 * document is complete after that), a picture it lacks is fetched, checked against its name (the sha256
 * of its bytes) and stored like any other. One picture at a time on a socket of its own, so a 25 MB
 * photo never holds up the text. Offline, wanted pictures wait and go (or come) after the next connect.
 */
export class PictureSync {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly wanted = new Set<string>();
  private readonly done = new Set<string>();
  private running: Promise<void> | null = null;
  private closed = false;
  /** Rejects every wait when the session closes, so nothing waits on a desk that is gone. */
  private readonly closing: Promise<never>;
  private close$!: (error: Error) => void;
  /** Pictures refused because their bytes were not the ones named (shown in the status bar). */
  readonly refused = new Map<string, string>();

  constructor(
    private readonly assets: AssetStore,
    private readonly config: DeskConfig,
    private readonly arrived: (asset: string) => void,
  ) {
    this.closing = new Promise<never>((_resolve, reject) => (this.close$ = reject));
    this.closing.catch(() => undefined);
    this.socket = new HocuspocusProviderWebsocket({ url: config.url, WebSocketPolyfill: NodeWebSocket });
    // Pictures left waiting while offline go when the desk is back.
    this.socket.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') this.kick();
    });
  }

  /** Sends or fetches the picture, as this library has it or not; at most once a session. */
  want(asset: string | null | undefined): void {
    if (!asset || this.done.has(asset) || this.closed) return;
    this.wanted.add(asset);
    this.kick();
  }

  /** Resolves when every wanted picture has been sent or fetched (or failed and said why). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wanted.clear();
    this.close$(new Error('The desk session closed.'));
    await this.running?.catch(() => undefined);
    this.socket.destroy();
  }

  /** A wait bounded by time and by the session: a picture nobody has sent yet is asked for again later. */
  private within<T>(waiting: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not come in ${ms / 1000} s; it is tried again at the next connect.`)), ms);
    });
    return Promise.race([waiting, late, this.closing]).finally(() => clearTimeout(timer));
  }

  private kick(): void {
    if (this.running || this.closed) return;
    this.running = (async () => {
      for (const asset of [...this.wanted]) {
        if (this.closed) return;
        try {
          await this.exchange(asset);
          this.wanted.delete(asset);
          this.done.add(asset);
        } catch (error) {
          // Refused: said, and not asked again. Anything else (offline, not sent yet): asked again later.
          if ((error as Error).name === 'PictureRefused') {
            this.refused.set(asset, (error as Error).message);
            this.wanted.delete(asset);
          }
        }
      }
    })().finally(() => {
      this.running = null;
    });
  }

  private async exchange(asset: string): Promise<void> {
    const local = await this.assets.read(asset).then(
      (found) => found.bytes,
      () => null,
    );
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: pictureDocument(asset),
      document: doc,
      token: this.config.token,
    });
    provider.attach();
    try {
      await this.within(whenSynced(provider), `The desk's answer about picture ${asset}`);
      if (local) await this.send(provider, doc, local);
      else await this.fetch(asset, doc);
    } finally {
      provider.destroy();
      doc.destroy();
    }
  }

  /** Each chunk is one message, and the next waits for the desk to have it (a message is capped at 2 MiB). */
  private async send(provider: HocuspocusProvider, doc: Y.Doc, bytes: Uint8Array): Promise<void> {
    if (pictureBytes(doc)) return;
    const chunks = pictureChunks(bytes);
    const map = doc.getMap<unknown>(PICTURE_ROOT);
    writePictureSize(doc, bytes.length, chunks.length);
    for (const chunk of chunks) {
      if (map.has(chunk.key)) continue;
      map.set(chunk.key, chunk.bytes);
      await this.within(whenSent(provider), 'The desk’s receipt of a picture chunk');
    }
    await this.within(whenSent(provider), 'The desk’s receipt of a picture');
  }

  private async fetch(asset: string, doc: Y.Doc): Promise<void> {
    const bytes = pictureBytes(doc) ?? (await this.within(whenComplete(doc), `Picture ${asset}`));
    // Checked before anything is written: only the picture the story names is kept.
    const matches = createHash('sha256').update(bytes).digest('hex') === asset.split('.')[0];
    const stored = matches ? await this.assets.storeImage(bytes, asset) : null;
    if (stored?.asset !== asset) {
      const error = new Error(
        `The picture ${asset} from the desk is not the one its story names (its bytes do not match): it was not kept.`,
      );
      error.name = 'PictureRefused';
      throw error;
    }
    this.arrived(asset);
  }
}

function whenSynced(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve, reject) => {
    if (provider.isSynced) return resolve();
    provider.on('synced', () => resolve());
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => reject(new Error(`The desk refused the picture: ${reason}`)));
  });
}

function whenSent(provider: HocuspocusProvider): Promise<void> {
  return new Promise((resolve) => {
    if (provider.unsyncedChanges === 0) return resolve();
    const check = () => {
      if (provider.unsyncedChanges !== 0) return;
      provider.off('unsyncedChanges', check);
      resolve();
    };
    provider.on('unsyncedChanges', check);
  });
}

/** The picture once its last chunk arrives (someone may still be sending it). */
function whenComplete(doc: Y.Doc): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const check = () => {
      const bytes = pictureBytes(doc);
      if (!bytes) return;
      doc.off('update', check);
      resolve(bytes);
    };
    doc.on('update', check);
  });
}
