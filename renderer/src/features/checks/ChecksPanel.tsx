import './checks.css';
import { SEVERITIES } from '../../../../core/checks/types';
import { CheckItem, itemKeys } from './CheckItem';
import { useChecks, visibleFindings } from './checksStore';
import type { FindingActions } from './findingActions';
import { countOf } from '../../../../core/text/plural';

/** Every finding across all fields, with counts by severity; each one can be visited, fixed or ignored. */
export function ChecksPanel({ actions }: { actions: FindingActions }) {
  const enabled = useChecks((s) => s.enabled);
  const result = useChecks((s) => s.result);
  const ignoredOnce = useChecks((s) => s.ignoredOnce);
  const ms = useChecks((s) => s.ms);
  const passes = useChecks((s) => s.passes);
  const error = useChecks((s) => s.error);
  const { setEnabled, ignoreOnce } = useChecks.getState();
  const findings = visibleFindings({ result, ignoredOnce });
  const counts = { error: 0, warning: 0, suggestion: 0 };
  for (const f of findings) counts[f.severity] += 1;
  const keys = itemKeys(findings);
  return (
    <section className="checks-panel" aria-label="Checks" data-testid="checks-panel" data-passes={passes}>
      <header className="checks-header">
        <h3>Checks</h3>
        <label className="checks-toggle">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> On
        </label>
      </header>
      {error && (
        <p className="checks-error" role="alert">
          {error}
        </p>
      )}
      {enabled && (
        <>
          <p className="checks-counts" data-testid="checks-counts">
            {SEVERITIES.map((s) => (
              <span key={s} className={`count count-${s}`}>
                {countOf(counts[s], s)}
              </span>
            ))}
          </p>
          {result === null && <p className="hint">Checking…</p>}
          <ol className="checks-list">
            {findings.map((f, i) => (
              <CheckItem key={keys[i]} finding={f} actions={actions} ignoreOnce={ignoreOnce} />
            ))}
          </ol>
          {result && (
            <p className="hint">
              {result.pendingBlocks > 0 ? `Checking wording in ${countOf(result.pendingBlocks, 'more paragraph')}… · ` : ''}Last pass{' '}
              {Math.round(ms)} ms · {result.checkedBlocks.toLocaleString('en')} checked, {countOf(result.reusedBlocks, 'unchanged block')}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
