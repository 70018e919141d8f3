import type { Duplex } from 'node:stream';
import { startDeskServer, type RunningDesk } from '../../desk/server';
import { SqliteDeskStore } from '../../desk/store/sqliteStore';
import { hashToken, newToken } from '../../desk/tokens';
import type { DeskRole } from '../../core/desk/roles';

export interface InProcessDesk {
  url: string;
  /** Adds a desk user and returns their token (what `copydesk desk user add` prints). */
  user(name: string, role?: DeskRole): Promise<string>;
  stop(): Promise<void>;
}

/** A desk server in this process on loopback (a free port unless given), its store in memory unless a file is given: for unit and e2e tests. */
export async function startInProcessDesk(port: number | string = 0, file = ':memory:'): Promise<InProcessDesk> {
  const store = new SqliteDeskStore(file);
  const desk: RunningDesk = await startDeskServer({ port: Number(port), store, log: () => undefined });
  // Stopping cuts every client's socket, as a desk that goes away does (Hocuspocus's destroy leaves
  // upgraded sockets open, and a client would not notice for its 30 s message timeout).
  const sockets = new Set<Duplex>();
  desk.server.httpServer.on('upgrade', (_request: unknown, socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return {
    url: desk.url,
    async user(name, role = 'editor') {
      const token = newToken();
      await store.addUser({ name, role, readOnly: false, createdAt: new Date().toISOString() }, hashToken(token));
      return token;
    },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await desk.stop();
      await store.close();
    },
  };
}
