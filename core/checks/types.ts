/**
 * The vocabulary of the desk's checks. A finding points at a span of one block of one field (a body
 * paragraph, the headline…) by character offsets into that block's plain text, so the same finding can be
 * drawn in the editor, listed in the Checks panel and printed by the CLI.
 */
export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CHECK_FIELDS = [
  'headline',
  'standfirst',
  'body',
  'caption',
  'credit',
  'alt',
  'byline',
  'dateline',
  'section',
  'source',
] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

/** A safe fix replaces exactly the finding's span with `replacement`. */
export interface Fix {
  label: string;
  replacement: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  field: CheckField;
  /** Index of the block within the field: the body's n-th paragraph or heading; 0 for one-line fields. */
  block: number;
  from: number;
  to: number;
  /** The text the span covered when it was checked (a fix is refused if the text has changed since). */
  text: string;
  message: string;
  fix?: Fix;
}

/** A finding within one block before it is placed in a field (rules see one block at a time). */
export type BlockFinding = Omit<Finding, 'field' | 'block'>;

/** What a rule knows about the block it is checking. */
export interface BlockContext {
  field: CheckField;
  text: string;
}

export interface BlockRule {
  id: string;
  /** Fields the rule applies to; all prose fields when absent. */
  fields?: readonly CheckField[];
  check(context: BlockContext): BlockFinding[];
}

/** A stable key for a finding: ignores are stored by it, so it must not depend on the block's position. */
export function findingKey(finding: Pick<Finding, 'ruleId' | 'field' | 'text'>): string {
  return `${finding.ruleId}|${finding.field}|${finding.text}`;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
