/// <reference lib="webworker" />
import { Checker } from '../../../../core/checks/runChecks';
import type { ChecksRequest, ChecksResponse } from './checksProtocol';

/**
 * The style checks run here, off the typing path. One Checker lives as long as the worker, so a
 * re-check after an edit only checks the paragraphs whose text changed.
 */
let checker = new Checker();

self.onmessage = (event: MessageEvent<ChecksRequest>) => {
  const request = event.data;
  if (request.kind === 'house') {
    checker = new Checker(request.list);
    return;
  }
  const started = performance.now();
  let response: ChecksResponse;
  try {
    response = { kind: 'result', seq: request.seq, result: checker.check(request.article), ms: performance.now() - started };
  } catch (error) {
    response = { kind: 'failed', seq: request.seq, message: (error as Error).message };
  }
  (self as unknown as Worker).postMessage(response);
};
