import type { CheckField } from '../../../../core/checks/types';
import { useChecks, visibleFindings } from './checksStore';

/**
 * For a short input (byline, credit…): a class that underlines the whole field by its worst finding, and
 * the messages as its tooltip. The Checks panel has the details and the fixes.
 */
export function useFieldFlag(field: CheckField): { className: string; title: string | undefined } {
  const enabled = useChecks((s) => s.enabled);
  const result = useChecks((s) => s.result);
  const ignoredOnce = useChecks((s) => s.ignoredOnce);
  if (!enabled) return { className: '', title: undefined };
  const mine = visibleFindings({ result, ignoredOnce }).filter((f) => f.field === field);
  if (mine.length === 0) return { className: '', title: undefined };
  const worst = mine.some((f) => f.severity === 'error') ? 'error' : mine.some((f) => f.severity === 'warning') ? 'warning' : 'suggestion';
  return { className: `check-field check-field-${worst}`, title: mine.map((f) => `“${f.text}”: ${f.message}`).join('\n') };
}
