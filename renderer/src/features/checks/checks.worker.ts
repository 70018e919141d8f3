/// <reference lib="webworker" />
// First: zod must not probe new Function under the CSP (the house list schema is zod).
import '../../zodJitless';
import { Checker, type CheckedArticle } from '../../../../core/checks/runChecks';
import type { ChecksRequest, ChecksResponse } from './checksProtocol';

/**
 * The style checks run here, off the typing path. One Checker lives as long as the worker, so a re-check
 * after an edit only checks the paragraphs whose text changed. A long article's first check posts the
 * news-style findings at once and the retext findings in slices; a newer article replaces the one in hand
 * between slices.
 */
const SLICE_MS = 120;
let checker = new Checker();
let current: { seq: number; article: CheckedArticle } | null = null;
let scheduled = false;

function step(): void {
  scheduled = false;
  if (!current) return;
  const { seq, article } = current;
  const started = performance.now();
  let response: ChecksResponse;
  try {
    const result = checker.check(article, { proseBudgetMs: SLICE_MS });
    response = { kind: 'result', seq, result, ms: performance.now() - started };
    if (result.pendingBlocks === 0) current = null;
  } catch (error) {
    response = { kind: 'failed', seq, message: (error as Error).message };
    current = null;
  }
  (self as unknown as Worker).postMessage(response);
  if (current) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(step, 0);
}

self.onmessage = (event: MessageEvent<ChecksRequest>) => {
  const request = event.data;
  if (request.kind === 'house') {
    checker = new Checker(request.list);
    return;
  }
  current = { seq: request.seq, article: request.article };
  schedule();
};
