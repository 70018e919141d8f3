/** The desk's limits; every one can be set on the command line and all have safe defaults. */
export interface DeskLimits {
  /** The largest single message (a Yjs update, an awareness update) a client may send, in bytes. */
  maxUpdateBytes: number;
  /** The largest a document may grow to, in bytes of encoded state. */
  maxDocumentBytes: number;
  /** Documents one connection (one websocket) may have open: a first sync opens one per article. */
  maxDocumentsPerConnection: number;
  /** Websockets one user may hold at once. */
  maxConnectionsPerUser: number;
  /** Messages per second per connection, averaged over `rateWindowSeconds` (typing is 10–20 a second). */
  maxMessagesPerSecond: number;
  rateWindowSeconds: number;
}

export const DEFAULT_LIMITS: DeskLimits = {
  maxUpdateBytes: 2 * 1024 * 1024,
  maxDocumentBytes: 32 * 1024 * 1024,
  maxDocumentsPerConnection: 20_000,
  maxConnectionsPerUser: 8,
  maxMessagesPerSecond: 400,
  rateWindowSeconds: 10,
};

/**
 * A sliding-window message counter per connection. A first sync sends a burst (a few messages per
 * article), so the window is long enough to absorb a library's first sync while stopping a flood.
 */
export class RateMeter {
  private readonly buckets = new Map<string, Array<{ at: number; count: number }>>();

  constructor(private readonly limits: Pick<DeskLimits, 'maxMessagesPerSecond' | 'rateWindowSeconds'>) {}

  /** Counts one message; false when the connection is over its rate. */
  allow(socketId: string, now = Date.now()): boolean {
    const windowMs = this.limits.rateWindowSeconds * 1000;
    const budget = this.limits.maxMessagesPerSecond * this.limits.rateWindowSeconds;
    const list = this.buckets.get(socketId) ?? [];
    this.buckets.set(socketId, list);
    // Buckets of 100 ms keep the list short however fast the client sends.
    const at = Math.floor(now / 100) * 100;
    while (list.length > 0 && list[0]!.at <= now - windowMs) list.shift();
    const count = list.reduce((n, b) => n + b.count, 0);
    if (count >= budget) return false;
    const last = list[list.length - 1];
    if (last && last.at === at) last.count += 1;
    else list.push({ at, count: 1 });
    return true;
  }

  forget(socketId: string): void {
    this.buckets.delete(socketId);
  }
}

/** Which documents each socket has open and which sockets each user holds. */
export class ConnectionBook {
  private readonly docsBySocket = new Map<string, Set<string>>();
  private readonly socketsByUser = new Map<string, Set<string>>();

  constructor(private readonly limits: Pick<DeskLimits, 'maxDocumentsPerConnection' | 'maxConnectionsPerUser'>) {}

  /** Records an authenticated document on a socket, or says which limit it would break. */
  admit(user: string, socketId: string, document: string): string | null {
    const sockets = this.socketsByUser.get(user) ?? new Set<string>();
    if (!sockets.has(socketId) && sockets.size >= this.limits.maxConnectionsPerUser) {
      return `User ${user} already has ${sockets.size} connections (the limit is ${this.limits.maxConnectionsPerUser}).`;
    }
    const docs = this.docsBySocket.get(socketId) ?? new Set<string>();
    if (!docs.has(document) && docs.size >= this.limits.maxDocumentsPerConnection) {
      return `A connection may open at most ${this.limits.maxDocumentsPerConnection} documents.`;
    }
    docs.add(document);
    sockets.add(socketId);
    this.docsBySocket.set(socketId, docs);
    this.socketsByUser.set(user, sockets);
    return null;
  }

  /** True when the socket has no document left open (it no longer counts against its user). */
  release(user: string, socketId: string, document: string): boolean {
    const docs = this.docsBySocket.get(socketId);
    docs?.delete(document);
    if (docs && docs.size > 0) return false;
    this.docsBySocket.delete(socketId);
    const sockets = this.socketsByUser.get(user);
    sockets?.delete(socketId);
    if (sockets && sockets.size === 0) this.socketsByUser.delete(user);
    return true;
  }
}
