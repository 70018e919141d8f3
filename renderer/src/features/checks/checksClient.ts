import type { CheckedArticle } from '../../../../core/checks/runChecks';
import type { HouseList } from '../../../../core/checks/houseList';
import type { ChecksRequest, ChecksResponse } from './checksProtocol';
import { useChecks } from './checksStore';

/**
 * The editor's side of the checks worker. Requests are sent at most one at a time: while one runs,
 * only the newest article waits, so a burst of edits costs one check, not one per keystroke.
 */
export class ChecksClient {
  private worker: Worker | null = null;
  private seq = 0;
  private busy = false;
  private pending: CheckedArticle | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'copydesk-checks' });
    worker.onmessage = (event: MessageEvent<ChecksResponse>) => this.answered(event.data);
    worker.onerror = (event) => {
      useChecks.getState().setError(`The checks stopped: ${event.message || 'the worker failed'}. Reopen the article to try again.`);
      this.busy = false;
    };
    this.worker = worker;
    return worker;
  }

  setHouseList(list: HouseList): void {
    this.post({ kind: 'house', list });
  }

  check(article: CheckedArticle): void {
    if (this.busy) {
      this.pending = article;
      return;
    }
    this.busy = true;
    this.seq += 1;
    this.post({ kind: 'check', seq: this.seq, article });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private post(request: ChecksRequest): void {
    this.ensure().postMessage(request);
  }

  private answered(response: ChecksResponse): void {
    this.busy = false;
    if (response.seq === this.seq) {
      if (response.kind === 'result') useChecks.getState().setResult(response.result, response.ms);
      else useChecks.getState().setError(`The checks failed on this article: ${response.message}`);
    }
    const next = this.pending;
    this.pending = null;
    if (next) this.check(next);
  }
}
