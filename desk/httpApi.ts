import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import { articleDocument } from '../core/desk/indexDoc';
import type { DeskStore, DeskUser } from './store/deskStore';
import { deskIdentity } from './deskIdentity';
import { restoreSnapshot } from './snapshots';
import { hashToken, looksLikeToken } from './tokens';

/**
 * The desk's small HTTP API beside the websocket (same port), for what is not a document edit:
 *   GET  /health                          → 200 "ok" (for a load balancer)
 *   GET  /api/desk                        → { id, name, role }: which desk this is, whatever its address
 *                                           (deskIdentity.ts), and the name and role the token has there
 *   GET  /api/articles/<id>/snapshots     → the article's snapshots (any user)
 *   POST /api/snapshots/<n>/restore       → restore one (editor or chief)
 * Every /api call needs `Authorization: Bearer <token>`.
 */
export function deskRequestHandler(store: DeskStore) {
  return async ({
    request,
    response,
    instance,
  }: {
    request: IncomingMessage;
    response: ServerResponse;
    instance: Hocuspocus;
  }): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://desk.invalid');
    const send = (status: number, body: unknown): never => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(body));
      // Hocuspocus treats a rejection with no error as "answered".
      throw null;
    };
    if (url.pathname === '/health') send(200, { ok: true });
    if (!url.pathname.startsWith('/api/')) send(404, { error: 'Not found.' });
    const user = await authorise(store, request.headers.authorization);
    if (!user) send(401, { error: 'A valid desk token is needed.' });
    if (url.pathname === '/api/desk' && request.method === 'GET')
      send(200, { id: await deskIdentity(store), name: user!.name, role: user!.role });
    const list = /^\/api\/articles\/([0-9a-f-]{36})\/snapshots$/.exec(url.pathname);
    if (list && request.method === 'GET') send(200, await store.listSnapshots(articleDocument(list[1]!)));
    const restore = /^\/api\/snapshots\/(\d+)\/restore$/.exec(url.pathname);
    if (restore && request.method === 'POST') {
      if (user!.readOnly || user!.role === 'reporter') send(403, { error: 'Only an editor or a chief can restore a snapshot.' });
      const document = await restoreSnapshot(instance, store, Number(restore[1]));
      if (!document) send(404, { error: `There is no snapshot ${restore[1]}.` });
      send(200, { restored: document });
    }
    send(404, { error: 'Not found.' });
  };
}

async function authorise(store: DeskStore, header: string | undefined): Promise<DeskUser | null> {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  return looksLikeToken(token) ? store.userByTokenHash(hashToken(token)) : null;
}
