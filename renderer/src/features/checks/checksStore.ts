import { create } from 'zustand';
import type { CheckResult } from '../../../../core/checks/runChecks';
import type { Finding } from '../../../../core/checks/types';

/** Where a finding lives, for "go to" and for ignoring it once (until the text changes or the article closes). */
export function findingPlace(f: Pick<Finding, 'field' | 'block' | 'from' | 'ruleId' | 'text'>): string {
  return `${f.field}#${f.block}@${f.from}|${f.ruleId}|${f.text}`;
}

interface ChecksState {
  enabled: boolean;
  result: CheckResult | null;
  /** How long the last check took in the worker, for the panel's footer. */
  ms: number;
  /** Results taken in since the article opened: a test or the bench waits for the next one. */
  passes: number;
  error: string | null;
  ignoredOnce: ReadonlySet<string>;
  setEnabled(enabled: boolean): void;
  setResult(result: CheckResult, ms: number): void;
  setError(message: string): void;
  ignoreOnce(f: Finding): void;
  reset(): void;
}

export const useChecks = create<ChecksState>((set) => ({
  enabled: true,
  result: null,
  ms: 0,
  passes: 0,
  error: null,
  ignoredOnce: new Set(),
  setEnabled: (enabled) => set({ enabled }),
  setResult: (result, ms) => set((s) => ({ result, ms, passes: s.passes + 1, error: null })),
  setError: (error) => set({ error }),
  ignoreOnce: (f) => set((s) => ({ ignoredOnce: new Set([...s.ignoredOnce, findingPlace(f)]) })),
  reset: () => set({ result: null, passes: 0, error: null, ignoredOnce: new Set() }),
}));

/** The findings the editor shows: the last result, less those ignored once. */
export function visibleFindings(state: Pick<ChecksState, 'result' | 'ignoredOnce'>): Finding[] {
  if (!state.result) return [];
  if (state.ignoredOnce.size === 0) return state.result.findings;
  return state.result.findings.filter((f) => !state.ignoredOnce.has(findingPlace(f)));
}
