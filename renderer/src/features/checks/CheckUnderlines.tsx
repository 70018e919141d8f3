import type { CheckField } from '../../../../core/checks/types';
import { useChecks, visibleFindings } from './checksStore';
import { fieldSegments } from './fieldFindings';

/**
 * The underline layer of a plain text field: the same text, transparent, behind the field, with the
 * flagged spans underlined by severity. The field above it stays an ordinary textarea or input.
 */
/** `className` is the field's own, so the layer has the field's font, size and padding and wraps the same way. */
export function CheckUnderlines({ field, text, className }: { field: CheckField; text: string; className: string }) {
  const enabled = useChecks((s) => s.enabled);
  const result = useChecks((s) => s.result);
  const ignoredOnce = useChecks((s) => s.ignoredOnce);
  const segments = fieldSegments(text, enabled ? visibleFindings({ result, ignoredOnce }) : [], field);
  if (!segments.some((s) => s.finding)) return null;
  return (
    <div className={`check-underlines ${className}`} aria-hidden="true">
      {segments.map((s, i) =>
        s.finding ? (
          <span key={i} className={`check-mark check-${s.finding.severity}`}>
            {s.text}
          </span>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}
