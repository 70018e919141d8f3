import './checks.css';
import { SEVERITIES, type Finding } from '../../../../core/checks/types';
import { useChecks, visibleFindings } from './checksStore';
import type { FindingActions } from './findingActions';

const FIELD_LABELS: Record<Finding['field'], string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  body: 'Body',
  caption: 'Caption',
  credit: 'Credit',
  alt: 'Alt text',
  byline: 'Byline',
  dateline: 'Dateline',
  section: 'Section',
  source: 'Source',
};

function place(f: Finding): string {
  return f.field === 'body' ? `Body ¶${f.block + 1}` : FIELD_LABELS[f.field];
}

/** Every finding across all fields, with counts by severity; each one can be visited, fixed or ignored. */
export function ChecksPanel({ actions }: { actions: FindingActions }) {
  const enabled = useChecks((s) => s.enabled);
  const result = useChecks((s) => s.result);
  const ignoredOnce = useChecks((s) => s.ignoredOnce);
  const ms = useChecks((s) => s.ms);
  const error = useChecks((s) => s.error);
  const { setEnabled, ignoreOnce } = useChecks.getState();
  const findings = visibleFindings({ result, ignoredOnce });
  const counts = { error: 0, warning: 0, suggestion: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return (
    <section className="checks-panel" aria-label="Checks" data-testid="checks-panel">
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
                {counts[s]} {s === 'error' ? 'errors' : s === 'warning' ? 'warnings' : 'suggestions'}
              </span>
            ))}
          </p>
          {result === null && <p className="hint">Checking…</p>}
          <ol className="checks-list">
            {findings.map((f, i) => (
              <li key={`${f.field}-${f.block}-${f.from}-${f.ruleId}-${i}`} className={`check-item check-item-${f.severity}`}>
                <button type="button" className="check-goto" onClick={() => actions.goTo(f)} title="Go to this place">
                  <span className="check-place">{place(f)}</span>{' '}
                  <span className="check-text">“{f.text.length > 40 ? `${f.text.slice(0, 40)}…` : f.text}”</span>
                </button>
                <p className="check-message">{f.message}</p>
                <div className="check-actions">
                  {f.fix && (
                    <button type="button" className="button small" onClick={() => actions.fix(f)}>
                      {f.fix.label}
                    </button>
                  )}
                  <button type="button" className="button small quiet" onClick={() => ignoreOnce(f)}>
                    Ignore once
                  </button>
                  <button type="button" className="button small quiet" onClick={() => actions.ignoreInArticle(f)}>
                    Ignore in this article
                  </button>
                </div>
                <span className="check-rule">{f.ruleId}</span>
              </li>
            ))}
          </ol>
          {result && (
            <p className="hint">
              {result.pendingBlocks > 0 ? `Checking wording in ${result.pendingBlocks} more paragraphs… · ` : ''}Last pass {Math.round(ms)}{' '}
              ms · {result.checkedBlocks} checked, {result.reusedBlocks} unchanged blocks.
            </p>
          )}
        </>
      )}
    </section>
  );
}
