import type { CheckedArticle, CheckResult } from '../../../../core/checks/runChecks';
import type { HouseList } from '../../../../core/checks/houseList';

/** Messages between the editor and the checks worker. Each request carries a sequence number; only the latest answer is used. */
export type ChecksRequest = { kind: 'house'; list: HouseList } | { kind: 'check'; seq: number; article: CheckedArticle };
export type ChecksResponse =
  { kind: 'result'; seq: number; result: CheckResult; ms: number } | { kind: 'failed'; seq: number; message: string };
