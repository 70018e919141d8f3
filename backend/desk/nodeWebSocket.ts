import WebSocket from 'ws';

/**
 * `ws` for the Hocuspocus provider in Node. The provider closes a socket that is still connecting when it
 * gives up an attempt (a desk that is down); `ws` then emits 'error', and an EventEmitter 'error' with no
 * listener kills the process. The provider handles failures through its own callbacks, so the extra
 * listener only keeps a desk outage from crashing the app.
 */
const fastMask = (mask: Buffer): void => {
  mask.writeUInt32LE((Math.random() * 0x100000000) >>> 0, 0);
};

export class NodeWebSocket extends WebSocket {
  /** Bytes received by every desk socket in this process (the bench reports a first sync's traffic). */
  static bytesReceived = 0;

  constructor(address: string | URL, protocols?: string | string[], options?: WebSocket.ClientOptions) {
    // The frame mask exists for browsers (it stops script-chosen bytes from poisoning proxy caches);
    // crypto-random masks cost 4% of a first sync's CPU here, so this native client uses cheap ones.
    super(address, protocols, { ...options, generateMask: fastMask });
    this.on('error', () => undefined);
    this.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      NodeWebSocket.bytesReceived += Array.isArray(data)
        ? data.reduce((n, b) => n + b.length, 0)
        : data instanceof ArrayBuffer
          ? data.byteLength
          : data.length;
    });
  }
}
