import { FIND_TIME_LIMIT_MS, FIND_TOO_SLOW as TOO_SLOW } from '../../../../core/checks/find';
import type { FindResponse, FindRequest } from './find.worker';

/**
 * Runs each search in a fresh worker, so a runaway regular expression can be stopped (terminated) on a
 * time limit or by Cancel; the page never waits on it.
 */
export class FindClient {
  private worker: Worker | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  run(request: FindRequest): Promise<FindResponse> {
    this.cancel();
    const worker = new Worker(new URL('./find.worker.ts', import.meta.url), { type: 'module', name: 'copydesk-find' });
    this.worker = worker;
    return new Promise((resolve) => {
      const finish = (response: FindResponse) => {
        if (this.worker === worker) this.stop();
        resolve(response);
      };
      worker.onmessage = (event: MessageEvent<FindResponse>) => finish(event.data);
      worker.onerror = (event) => finish({ ok: false, message: `The search failed: ${event.message}` });
      this.timer = setTimeout(() => finish({ ok: false, message: TOO_SLOW }), FIND_TIME_LIMIT_MS);
      this.onCancel = () => resolve({ ok: false, message: 'Search cancelled.' });
      worker.postMessage(request);
    });
  }

  private onCancel: (() => void) | null = null;

  /** Stops the running search, if any (its promise resolves as cancelled). */
  cancel(): void {
    const cancelled = this.onCancel;
    const running = this.worker !== null;
    this.stop();
    if (running) cancelled?.();
  }

  private stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.worker?.terminate();
    this.worker = null;
    this.onCancel = null;
  }
}
