import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { NodeWebSocket } from '../../backend/desk/nodeWebSocket';
import * as Y from 'yjs';

/** One document open on a desk on a socket of its own, for tests and the bench: resolves once synced, rejects if refused. */
export interface OpenDocument {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Reasons the server gave for closing or refusing this document. */
  refusals: string[];
  close(): void;
}

export function openSocket(url: string): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: NodeWebSocket });
}

export function openDocument(socket: HocuspocusProviderWebsocket, name: string, token: string, doc = new Y.Doc()): Promise<OpenDocument> {
  const refusals: string[] = [];
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      document: doc,
      token,
      onAuthenticationFailed: ({ reason }) => {
        refusals.push(reason);
        provider.destroy();
        socket.destroy();
        reject(new Error(`refused: ${reason}`));
      },
      onSynced: ({ state }) => {
        // The socket is this document's own (openSocket per document), so closing ends both: a socket
        // left behind would keep reconnecting after the server stops and keep the process alive.
        if (state)
          resolve({
            doc,
            provider,
            refusals,
            close: () => {
              provider.destroy();
              socket.destroy();
            },
          });
      },
      onStateless: () => undefined,
    });
    provider.on('close', ({ event }: { event: { reason?: string; code?: number } }) => {
      if (event?.reason) refusals.push(event.reason);
    });
    provider.attach();
  });
}

/** Resolves when `check` holds, re-checking after every update of the doc (no polling, no sleep). */
export function whenDoc(doc: Y.Doc, check: () => boolean, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => {
      doc.off('update', onUpdate);
      reject(new Error('timed out waiting for the document'));
    }, timeoutMs);
    const onUpdate = () => {
      if (!check()) return;
      clearTimeout(timer);
      doc.off('update', onUpdate);
      resolve();
    };
    doc.on('update', onUpdate);
  });
}
