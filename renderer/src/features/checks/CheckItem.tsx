import { memo } from 'react';
import type { Finding } from '../../../../core/checks/types';
import { findingPlace } from './checksStore';
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

/** Everything an item shows or acts on: equal when a new result repeats the finding at the same place. */
function sameFinding(a: Finding, b: Finding): boolean {
  return (
    findingPlace(a) === findingPlace(b) &&
    a.to === b.to &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.fix?.label === b.fix?.label &&
    a.fix?.replacement === b.fix?.replacement
  );
}

/**
 * One finding in the Checks panel. Memoised on what it shows: each result is a fresh copy of every finding
 * from the worker, and re-rendering hundreds of items after every pause in a long story was a long task.
 */
export const CheckItem = memo(
  function CheckItem({ finding: f, actions, ignoreOnce }: { finding: Finding; actions: FindingActions; ignoreOnce: (f: Finding) => void }) {
    return (
      <li className={`check-item check-item-${f.severity}`}>
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
    );
  },
  (a, b) => a.actions === b.actions && a.ignoreOnce === b.ignoreOnce && sameFinding(a.finding, b.finding),
);

/** Stable keys: a finding keeps its key when others are added or removed before it (an index would shift them all). */
export function itemKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = findingPlace(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  });
}
