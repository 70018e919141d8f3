import { useEffect } from 'react';
import type { Article, ArticleStatus } from '../../../../core/article/schema';
import { runGate, type GateFailure } from '../../../../core/checks/gate';
import { call } from '../../bridge/copydesk';
import { useSettings } from '../../state/settingsStore';
import { useChecks } from '../checks/checksStore';
import { useGate } from './gateStore';

/**
 * Registers the gate for the open article: a move to Ready or Published runs it; failures open the gate
 * dialog, where an editor can go to each place or override with a reason (saved as a named version).
 */
export function useGateCheck(article: () => Article) {
  useEffect(() => {
    useGate.getState().setCheck(async (status: ArticleStatus) => {
      const current = article();
      const { result } = useChecks.getState();
      const failures: GateFailure[] = runGate({
        article: current,
        findings: result?.findings ?? [],
        limits: useSettings.getState().settings.limits,
        now: new Date(),
      });
      if ((result === null || result.pendingBlocks > 0) && useChecks.getState().enabled)
        failures.unshift({
          id: 'checks-pending',
          field: 'status',
          message: 'The checks have not finished yet; wait a moment and try again.',
        });
      if (failures.length === 0) return true;
      const go = await new Promise<boolean>((settle) => useGate.getState().open({ status, failures, settle }));
      return go;
    });
    return () => useGate.getState().setCheck(null);
  }, [article]);
}

/** Keeps the override in the article's history, as a named version saved before the status changes. */
export async function recordOverride(id: string, status: ArticleStatus, reason: string, flush: () => Promise<void>): Promise<void> {
  await flush();
  await call('saveVersion', { id, label: `Gate overridden for ${status}: ${reason}`.slice(0, 120) });
}
