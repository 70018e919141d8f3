import type { CheckedArticle } from '../../../../core/checks/runChecks';
import type { HouseList } from '../../../../core/checks/houseList';
import type { ChecksRequest, ChecksResponse } from './checksProtocol';
import { useChecks } from './checksStore';

/**
 * The editor's side of the checks worker. The worker works on the newest article it was sent (between
 * slices of a long check), and only answers for the newest request are shown.
 */
export class ChecksClient {
  private worker: Worker | null = null;
  private seq = 0;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'copydesk-checks' });
    worker.onmessage = (event: MessageEvent<ChecksResponse>) => this.answered(event.data);
    worker.onerror = (event) => {
      useChecks.getState().setError(`The checks stopped: ${event.message || 'the worker failed'}. Reopen the article to try again.`);
    };
    this.worker = worker;
    return worker;
  }

  setHouseList(list: HouseList): void {
    this.post({ kind: 'house', list });
  }

  check(article: CheckedArticle): void {
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
    if (response.seq !== this.seq) return;
    if (response.kind === 'result') useChecks.getState().setResult(response.result, response.ms);
    else useChecks.getState().setError(`The checks failed on this article: ${response.message}`);
  }
}
