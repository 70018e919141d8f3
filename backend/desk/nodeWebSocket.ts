import WebSocket from 'ws';

/**
 * `ws` for the Hocuspocus provider in Node. The provider closes a socket that is still connecting when it
 * gives up an attempt (a desk that is down); `ws` then emits 'error', and an EventEmitter 'error' with no
 * listener kills the process. The provider handles failures through its own callbacks, so the extra
 * listener only keeps a desk outage from crashing the app.
 */
export class NodeWebSocket extends WebSocket {
  /** Bytes received by every desk socket in this process (the bench reports a first sync's traffic). */
  static bytesReceived = 0;

  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
    this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      NodeWebSocket.bytesReceived += Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data instanceof ArrayBuffer ? data.byteLength : data.length;
    });
  }
}
