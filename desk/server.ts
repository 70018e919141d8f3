import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { ARTICLE_DOCUMENT, INDEX_DOCUMENT } from '../core/desk/indexDoc';
import { PICTURE_DOCUMENT } from '../core/desk/pictureDoc';
import { deskRequestHandler } from './httpApi';
import { ConnectionBook, DEFAULT_LIMITS, RateMeter, type DeskLimits } from './limits';
import { stderrLogger, type DeskLogger } from './log';
import { maybeSnapshot, SNAPSHOT_INTERVAL_MS } from './snapshots';
import type { DeskStore, DeskUser } from './store/deskStore';
import { hashToken, looksLikeToken } from './tokens';
import { checkUpdate, RefusedUpdate, REFUSED_RATE, REFUSED_TOO_LARGE } from './updatePolicy';

export interface DeskServerOptions {
  port: number;
  /** Loopback by default: a desk is exposed on purpose, behind a TLS-terminating reverse proxy. */
  host?: string;
  store: DeskStore;
  /** redis://host:port joins this instance to the others using the same Redis. */
  redisUrl?: string;
  /** Names the instance in logs and in Redis. */
  name?: string;
  limits?: Partial<DeskLimits>;
  snapshotIntervalMs?: number;
  /** How often open connections' tokens are checked again (a removed user is cut off within this). */
  recheckMs?: number;
  log?: DeskLogger;
}

export interface DeskContext {
  user: DeskUser;
  /** Re-checked every `recheckMs`: a removed user's open connections are closed. */
  tokenHash: string;
}

export interface RunningDesk {
  server: Server<DeskContext>;
  /** ws://host:port */
  url: string;
  stop(): Promise<void>;
}

/**
 * A document's encoded size, re-measured at most once a second: exact enough for a limit in megabytes,
 * and it keeps a full encode off the path of every keystroke.
 */
const sizes = new WeakMap<Y.Doc, { bytes: number; at: number }>();
function documentSize(document: Y.Doc): number {
  const known = sizes.get(document);
  if (known && Date.now() - known.at < 1000) return known.bytes;
  const bytes = Y.encodeStateAsUpdate(document).byteLength;
  sizes.set(document, { bytes, at: Date.now() });
  return bytes;
}

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

function redisExtension(url: string, name: string): Extension {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') throw new Error(`--redis ${url}: expected redis://host:port`);
  return new Redis({ host: parsed.hostname, port: Number(parsed.port || 6379), identifier: name, prefix: 'copydesk' });
}

/**
 * The desk server: Hocuspocus with the desk's rules. Documents are `desk:index` and `article:<uuid>`;
 * every other name is refused. Roles are checked when a connection authenticates and again on every
 * incoming update (updatePolicy.ts); limits are checked on every message.
 */
export async function startDeskServer(options: DeskServerOptions): Promise<RunningDesk> {
  const limits: DeskLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? stderrLogger;
  const name = options.name ?? `desk-${process.pid}`;
  const { store } = options;
  const book = new ConnectionBook(limits);
  const rate = new RateMeter(limits);

  const refuse = (error: RefusedUpdate, fields: Record<string, unknown>): never => {
    log('refused', { instance: name, code: error.code, reason: error.reason, ...fields });
    throw error;
  };

  const extensions: Extension[] = [
    new Database({
      fetch: async ({ documentName }) => store.loadDocument(documentName),
      store: async ({ documentName, state, document }) => {
        await store.storeDocument(documentName, state);
        if (ARTICLE_DOCUMENT.test(documentName))
          await maybeSnapshot(store, documentName, document, options.snapshotIntervalMs ?? SNAPSHOT_INTERVAL_MS);
      },
    }),
  ];
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl, name));

  const server = new Server<DeskContext>({
    name,
    port: options.port,
    address: options.host ?? '127.0.0.1',
    quiet: true,
    stopOnSignals: false,
    debounce: 500,
    maxDebounce: 5000,
    extensions,
    // The socket's own frame limit is a backstop; the per-message check below refuses and logs first.
    websocketOptions: { maxPayload: limits.maxUpdateBytes * 2 },
    // A client reconnecting re-authenticates every document it had open at once (one per article of its
    // library). The byte limit on what waits for authentication (5 MiB by default) still bounds memory.
    maxPendingDocuments: 5000,
    maxUnauthenticatedQueueMessages: 15_000,

    async onAuthenticate({ token, documentName, socketId, connectionConfig }) {
      if (documentName !== INDEX_DOCUMENT && !ARTICLE_DOCUMENT.test(documentName) && !PICTURE_DOCUMENT.test(documentName)) {
        log('refused', { instance: name, reason: 'unknown document', document: documentName.slice(0, 80) });
        throw new Error('Unknown document.');
      }
      const tokenHash = hashToken(token);
      const user = looksLikeToken(token) ? await store.userByTokenHash(tokenHash) : null;
      if (!user) {
        log('refused', { instance: name, reason: 'bad token', document: documentName });
        throw new Error('The desk does not know this token: ask your desk chief for a new one.');
      }
      const over = book.admit(user.name, socketId, documentName);
      if (over) {
        log('refused', { instance: name, reason: over, user: user.name, document: documentName });
        throw new Error(over);
      }
      connectionConfig.readOnly = user.readOnly;
      return { user, tokenHash };
    },

    async beforeHandleMessage({ update, socketId, context, documentName }) {
      if (update.byteLength > limits.maxUpdateBytes) {
        refuse(new RefusedUpdate(REFUSED_TOO_LARGE, `A message may be at most ${limits.maxUpdateBytes} bytes.`), {
          user: context?.user?.name,
          document: documentName,
          bytes: update.byteLength,
        });
      }
      if (!rate.allow(socketId)) {
        refuse(new RefusedUpdate(REFUSED_RATE, `More than ${limits.maxMessagesPerSecond} messages a second.`), {
          user: context?.user?.name,
          document: documentName,
        });
      }
    },

    async beforeSync({ type, payload, document, documentName, connection, context }) {
      if ((type !== SYNC_STEP_2 && type !== SYNC_UPDATE) || connection.readOnly) return;
      try {
        checkUpdate(document, documentName, payload, context.user, limits.maxDocumentBytes, () => documentSize(document));
      } catch (error) {
        if (error instanceof RefusedUpdate) refuse(error, { user: context.user.name, document: documentName, bytes: payload.byteLength });
        throw error;
      }
    },

    // The first user to write an article's fields owns it; the server stamps it, so no client can claim it.
    async onChange({ document, documentName, context }) {
      if (!context?.user || !ARTICLE_DOCUMENT.test(documentName)) return;
      const meta = document.getMap('meta');
      if (meta.has('createdAt') && !meta.has('owner')) document.transact(() => meta.set('owner', context.user.name));
    },

    // Presence shows the authenticated name, whatever the client claims.
    async beforeHandleAwareness({ states, context }) {
      if (!context?.user) return;
      for (const state of states.values()) {
        if (state.user && typeof state.user === 'object') state.user = { ...state.user, name: context.user.name };
      }
    },

    async onDisconnect({ context, socketId, documentName }) {
      if (context?.user && book.release(context.user.name, socketId, documentName)) rate.forget(socketId);
    },

    onRequest: deskRequestHandler(store),
  });

  await server.listen();
  const recheck = setInterval(() => void cutOffRemovedUsers(server, store, log, name), options.recheckMs ?? 30_000);
  recheck.unref();
  const url = `ws://${options.host ?? '127.0.0.1'}:${server.address.port}`;
  log('listening', { instance: name, url, store: store.kind, redis: options.redisUrl ?? null });
  return {
    server,
    url,
    stop: async () => {
      clearInterval(recheck);
      await server.destroy();
    },
  };
}

/** Closes every open connection whose token no longer names a user (`desk user remove`). */
async function cutOffRemovedUsers(server: Server<DeskContext>, store: DeskStore, log: DeskLogger, instance: string): Promise<void> {
  const connections = [...server.hocuspocus.documents.values()].flatMap((document) => document.getConnections());
  const hashes = new Set(
    connections.map((c) => (c.context as DeskContext | undefined)?.tokenHash).filter((h): h is string => h !== undefined),
  );
  for (const hash of hashes) {
    if (await store.userByTokenHash(hash).catch(() => true)) continue;
    for (const connection of connections.filter((c) => (c.context as DeskContext | undefined)?.tokenHash === hash)) {
      log('revoked', { instance, user: (connection.context as DeskContext).user.name, document: connection.document.name });
      connection.close({ code: 4401, reason: 'This desk token was revoked: ask your desk chief for a new one.' });
    }
  }
}
