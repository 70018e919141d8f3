/// <reference lib="webworker" />
// First: zod must not probe new Function under the CSP (the house list schema is zod).
import '../../zodJitless';
import { findInBlocks, findPattern, type FindBlock, type FindMatch, type FindOptions } from '../../../../core/checks/find';

export interface FindRequest {
  blocks: FindBlock[];
  query: string;
  options: FindOptions;
  replacement?: string;
}
export type FindResponse = { ok: true; matches: FindMatch[]; truncated: boolean } | { ok: false; message: string };

/** One search. The page stops this worker if it runs past its time limit (a backtracking pattern). */
self.onmessage = (event: MessageEvent<FindRequest>) => {
  const { blocks, query, options, replacement } = event.data;
  const pattern = findPattern(query, options);
  const response: FindResponse = pattern.ok
    ? { ok: true, ...findInBlocks(blocks, pattern.pattern, replacement, options.regex) }
    : { ok: false, message: pattern.message };
  (self as unknown as Worker).postMessage(response);
};
