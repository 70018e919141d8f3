import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { INDEX_DOCUMENT } from '../../core/desk/indexDoc';
import { deskAddressProblem, type DeskConfig } from './deskConfig';
import { NodeWebSocket } from './nodeWebSocket';

export interface ProbeResult {
  ok: boolean;
  /** What to tell the user: who the desk knows them as, or what is wrong and what to do. */
  message: string;
}

/**
 * Settings → Desk's "Test connection": the address checked first (ws:// to another machine is refused
 * here, before a byte is sent), then the socket (is anything listening?), then the token (does the desk
 * know it?). Each failure names its cause, because "could not connect" tells a journalist nothing.
 */
export async function probeDesk(config: DeskConfig, timeoutMs = 5000): Promise<ProbeResult> {
  const problem = deskAddressProblem(config.url, config.allowInsecure);
  if (problem) return { ok: false, message: problem };
  const reach = await reachable(config.url, timeoutMs);
  if (reach) return { ok: false, message: reach };
  return authenticate(config, timeoutMs);
}

function reachable(url: string, timeoutMs: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = new NodeWebSocket(url);
    const timer = setTimeout(
      () => finish(`The desk at ${url} did not answer in ${timeoutMs / 1000} s: is the address right, and is the desk running?`),
      timeoutMs,
    );
    const finish = (answer: string | null) => {
      clearTimeout(timer);
      socket.removeAllListeners('open');
      socket.terminate();
      resolve(answer);
    };
    socket.once('open', () => finish(null));
    socket.once('error', (error: NodeJS.ErrnoException) => finish(unreachableMessage(url, error)));
  });
}

function unreachableMessage(url: string, error: NodeJS.ErrnoException): string {
  const host = new URL(url).host;
  if (error.code === 'ECONNREFUSED') return `Nothing is listening at ${host}: the desk is not running there, or the port is wrong.`;
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
    return `The name ${new URL(url).hostname} is not known: check the address (or your network).`;
  if (/certificate|self.signed|CERT/i.test(`${error.code ?? ''} ${error.message}`))
    return `The desk's certificate was not accepted (${error.message}): ask whoever runs the desk.`;
  return `Could not reach the desk at ${host}: ${error.message}`;
}

function authenticate(config: DeskConfig, timeoutMs: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const socket = new HocuspocusProviderWebsocket({ url: config.url, WebSocketPolyfill: NodeWebSocket });
    const doc = new Y.Doc();
    const finish = (result: ProbeResult) => {
      clearTimeout(timer);
      provider.destroy();
      socket.destroy();
      doc.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish({ ok: false, message: `The desk at ${config.url} accepted the connection but did not answer in ${timeoutMs / 1000} s.` }),
      timeoutMs,
    );
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: INDEX_DOCUMENT,
      document: doc,
      token: config.token,
      onAuthenticated: () => finish({ ok: true, message: `Connected: the desk at ${config.url} accepted your token.` }),
      onAuthenticationFailed: ({ reason }) => finish({ ok: false, message: refusedMessage(reason) }),
    });
    provider.attach();
  });
}

/** Hocuspocus answers a failed `onAuthenticate` with a bare "permission-denied": said here in words. */
export function refusedMessage(reason: string): string {
  if (reason === '' || /permission-denied/i.test(reason))
    return 'The desk refused your token: it does not know it, or it was revoked. Ask your desk chief for a new one.';
  return `The desk refused the connection: ${reason}`;
}
