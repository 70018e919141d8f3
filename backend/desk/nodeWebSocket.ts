import WebSocket from 'ws';

/**
 * `ws` for the Hocuspocus provider in Node. The provider closes a socket that is still connecting when it
 * gives up an attempt (a desk that is down); `ws` then emits 'error', and an EventEmitter 'error' with no
 * listener kills the process. The provider handles failures through its own callbacks, so the extra
 * listener only keeps a desk outage from crashing the app.
 */
export class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
