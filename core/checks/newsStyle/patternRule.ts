import type { BlockContext, BlockFinding, BlockRule, CheckField, Severity } from '../types';

/**
 * One news-style rule as data: a pattern, a severity, a message and (where it is safe) a fix built from
 * the match. `skip` rejects a match the pattern cannot rule out by itself (a year, a unit, a quote).
 */
export interface PatternRuleSpec {
  id: string;
  severity: Severity;
  pattern: RegExp;
  message: string | ((match: RegExpExecArray) => string);
  fix?: (match: RegExpExecArray, text: string) => string | null;
  fixLabel?: (replacement: string) => string;
  skip?: (match: RegExpExecArray, text: string) => boolean;
  /** Which capture group is the span to underline (the whole match when absent). */
  group?: number;
  fields?: readonly CheckField[];
}

/** Blocks longer than this are checked in slices by the runner; a rule never sees more at once. */
const MAX_MATCHES_PER_BLOCK = 500;

export function patternRule(spec: PatternRuleSpec): BlockRule {
  if (!spec.pattern.global) throw new Error(`Rule ${spec.id}: its pattern needs the g flag.`);
  return {
    id: spec.id,
    fields: spec.fields,
    check({ text }: BlockContext): BlockFinding[] {
      const findings: BlockFinding[] = [];
      const pattern = new RegExp(spec.pattern.source, spec.pattern.flags);
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(text)) !== null && findings.length < MAX_MATCHES_PER_BLOCK) {
        if (match[0] === '') {
          pattern.lastIndex += 1;
          continue;
        }
        if (spec.skip?.(match, text)) continue;
        const part = spec.group === undefined ? match[0] : (match[spec.group] ?? '');
        const from = match.index + (spec.group === undefined ? 0 : match[0].indexOf(part));
        const replacement = spec.fix?.(match, text) ?? null;
        // A fix that would change nothing means the text already follows the rule.
        if (replacement === part) continue;
        findings.push({
          ruleId: spec.id,
          severity: spec.severity,
          from,
          to: from + part.length,
          text: part,
          message: typeof spec.message === 'string' ? spec.message : spec.message(match),
          ...(replacement !== null && replacement !== part
            ? { fix: { label: spec.fixLabel?.(replacement) ?? `Change to “${replacement}”`, replacement } }
            : {}),
        });
      }
      return findings;
    },
  };
}

/** True when the match begins a sentence: at the start of the block or after . ! ? and a space (and maybe a quote). */
export function startsSentence(text: string, index: number): boolean {
  // Bounded windows only: a rule calls this for every match, and a block may be a megabyte long.
  if (index <= 8 && /^\s*["“‘(]?$/.test(text.slice(0, index))) return true;
  const before = text.slice(Math.max(0, index - 16), index);
  if (!/[.!?]["”’)]?\s+["“‘(]?$/.test(before)) return false;
  // "Mar. 4", "Mr. Smith", "No. 5": the period closes an abbreviation, not a sentence.
  return !ABBREVIATION_BEFORE.test(before);
}

const ABBREVIATION_BEFORE =
  /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|Rev|Fr|vs|Inc|Corp|Co|[A-Z])\.\s+["“‘(]?$/;
