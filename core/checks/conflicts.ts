import { severityRank, type BlockFinding } from './types';

/**
 * Reading order, and a total one: findings on the same span are ordered by rule, message and fix, so a
 * block's settled findings do not depend on the order the rules reported them in (the batched retext pass
 * reports a block's inclusive-language findings in another order than a run on the block alone).
 */
export function compareFindings(a: BlockFinding, b: BlockFinding): number {
  return (
    a.from - b.from || a.to - b.to || order(a.ruleId, b.ruleId) || order(a.message, b.message) || order(replacementOf(a), replacementOf(b))
  );
}

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function replacementOf(finding: BlockFinding): string {
  return finding.fix?.replacement ?? '';
}

/**
 * Two fixes for overlapping spans cannot both be applied (the second would undo or mangle the first).
 * The more severe finding keeps its fix; the other keeps its message and says why it has no fix. Exact
 * duplicates (two rules flagging the same span with the same fix) are reported once.
 */
export function resolveConflicts(findings: BlockFinding[]): BlockFinding[] {
  // The most severe findings claim their spans first; the output is in reading order again.
  const sorted = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || compareFindings(a, b));
  const out: BlockFinding[] = [];
  const fixed: BlockFinding[] = [];
  for (const finding of sorted) {
    if (
      out.some(
        (o) => o.from === finding.from && o.to === finding.to && o.fix?.replacement === finding.fix?.replacement && o.fix !== undefined,
      )
    )
      continue;
    if (!finding.fix) {
      out.push(finding);
      continue;
    }
    const clash = fixed.find((f) => f.from < finding.to && finding.from < f.to);
    if (clash) {
      const { fix: _dropped, ...rest } = finding;
      out.push({
        ...rest,
        message: `${finding.message} (No fix offered: it would overlap the ${clash.ruleId} fix; apply that one first.)`,
      });
      continue;
    }
    fixed.push(finding);
    out.push(finding);
  }
  return out.sort(compareFindings);
}

/**
 * Two rules that disagree (the house list prefers "stated", news style prefers "said") would have an
 * editor apply fixes forever. Each fix is tried on the text; if a rule then offers to put the original
 * back, neither fix is offered and both findings name the clash, so the desk settles it in the house list.
 */
const UNDO_CHECK_MAX_FIXES = 40;
const UNDO_CHECK_MAX_CHARS = 20_000;

export function dropUndoingFixes(text: string, findings: BlockFinding[], recheck: (text: string) => BlockFinding[]): BlockFinding[] {
  const withFix = findings.filter((f) => f.fix);
  // Each try re-checks the block: bounded, so a megabyte paragraph with thousands of fixes stays linear.
  if (withFix.length === 0 || withFix.length > UNDO_CHECK_MAX_FIXES || text.length > UNDO_CHECK_MAX_CHARS) return findings;
  const clashes = new Map<BlockFinding, string>();
  for (const f of withFix) {
    const replacement = f.fix!.replacement;
    const after = text.slice(0, f.from) + replacement + text.slice(f.to);
    const end = f.from + replacement.length;
    const undo = recheck(after).find(
      (g) => g.fix && g.from <= f.from && g.to >= end && after.slice(0, g.from) + g.fix.replacement + after.slice(g.to) === text,
    );
    if (undo) clashes.set(f, undo.ruleId);
  }
  if (clashes.size === 0) return findings;
  return findings.map((f) => {
    const other = clashes.get(f);
    if (other === undefined) return f;
    const { fix: _dropped, ...rest } = f;
    return { ...rest, message: `${f.message} (No fix offered: the ${other} rule would undo it. Settle the two in the house list.)` };
  });
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
