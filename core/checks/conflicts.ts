import { severityRank, type BlockFinding } from './types';

/**
 * Two fixes for overlapping spans cannot both be applied (the second would undo or mangle the first).
 * The more severe finding keeps its fix; the other keeps its message and says why it has no fix. Exact
 * duplicates (two rules flagging the same span with the same fix) are reported once.
 */
export function resolveConflicts(findings: BlockFinding[]): BlockFinding[] {
  const sorted = [...findings].sort((a, b) => a.from - b.from || severityRank(a.severity) - severityRank(b.severity) || a.to - b.to);
  const out: BlockFinding[] = [];
  const fixed: BlockFinding[] = [];
  for (const finding of sorted) {
    if (out.some((o) => o.from === finding.from && o.to === finding.to && o.fix?.replacement === finding.fix?.replacement && o.fix !== undefined)) continue;
    if (!finding.fix) {
      out.push(finding);
      continue;
    }
    const clash = fixed.find((f) => f.from < finding.to && finding.from < f.to);
    if (clash) {
      const { fix: _dropped, ...rest } = finding;
      out.push({ ...rest, message: `${finding.message} (No fix offered: it would overlap the ${clash.ruleId} fix; apply that one first.)` });
      continue;
    }
    fixed.push(finding);
    out.push(finding);
  }
  return out;
}

/**
 * Applies fixes to one block's text, last first so earlier offsets stay valid. A fix whose span no longer
 * holds the text it was made for is skipped (the text changed since the check).
 */
export function applyFixes(text: string, findings: readonly BlockFinding[]): { text: string; applied: number; skipped: number } {
  const withFix = findings.filter((f) => f.fix).sort((a, b) => b.from - a.from);
  let out = text;
  let applied = 0;
  let skipped = 0;
  let limit = Infinity;
  for (const f of withFix) {
    if (f.to > limit || out.slice(f.from, f.to) !== f.text) {
      skipped += 1;
      continue;
    }
    out = out.slice(0, f.from) + f.fix!.replacement + out.slice(f.to);
    limit = f.from;
    applied += 1;
  }
  return { text: out, applied, skipped };
}
