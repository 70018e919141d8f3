import type { Finding, CheckField } from '../../../../core/checks/types';

export interface FieldSegment {
  text: string;
  finding: Finding | null;
}

/**
 * Cuts a one-line field's text into plain and flagged segments, for the underline layer drawn behind
 * the field. Overlapping findings: the earlier one wins the overlap (the panel lists both).
 */
export function fieldSegments(text: string, findings: readonly Finding[], field: CheckField): FieldSegment[] {
  const mine = findings
    .filter((f) => f.field === field && f.to > f.from && text.slice(f.from, f.to) === f.text)
    .sort((a, b) => a.from - b.from);
  const segments: FieldSegment[] = [];
  let at = 0;
  for (const f of mine) {
    if (f.from < at) continue;
    if (f.from > at) segments.push({ text: text.slice(at, f.from), finding: null });
    segments.push({ text: text.slice(f.from, f.to), finding: f });
    at = f.to;
  }
  if (at < text.length) segments.push({ text: text.slice(at), finding: null });
  return segments;
}
