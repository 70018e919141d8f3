/**
 * The "Accepted Electronegativity findings" table of docs/SECURITY.md, and the decision of which findings
 * it accepts. A row names the check, the file and the exact text of the flagged source line, and accepts
 * one finding: so a new call in the same file (even a copy of an accepted one) is NEW, and an accepted
 * line that changes stops being accepted until someone reviews it again and updates the row.
 */

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
}

export interface AcceptedFinding {
  check: string;
  file: string;
  /** The flagged line's text, trimmed of surrounding white space. */
  source: string;
}

const ACCEPTED_HEADING = /^#+\s+Accepted Electronegativity findings\s*$/im;

/** Table cells, with `\|` kept as a literal bar and one pair of surrounding backticks removed. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) =>
      cell
        .trim()
        .replace(/\\\|/g, '|')
        .replace(/^`(.*)`$/, '$1'),
    );
}

/** Reads the first Markdown table after the heading: its Check, File and Source line columns. */
export function parseAccepted(markdown: string): AcceptedFinding[] {
  const heading = ACCEPTED_HEADING.exec(markdown);
  if (!heading) throw new Error('docs/SECURITY.md has no "Accepted Electronegativity findings" heading.');
  const rows: string[][] = [];
  for (const line of markdown.slice(heading.index + heading[0].length).split('\n')) {
    if (/^\s*\|/.test(line)) rows.push(cells(line));
    else if (rows.length > 0 || /^#+\s/.test(line)) break;
  }
  const [header, separator, ...body] = rows;
  if (!header || !separator) return [];
  const column = (name: RegExp) => header.findIndex((h) => name.test(h));
  const [check, file, source] = [column(/^check/i), column(/^file/i), column(/^source line/i)];
  if (check < 0 || file < 0 || source < 0) throw new Error('The accepted-findings table needs "Check", "File" and "Source line" columns.');
  return body
    .map((row) => ({ check: row[check] ?? '', file: row[file] ?? '', source: row[source] ?? '' }))
    .filter((row) => row.check !== '')
    .map((row) => {
      if (row.source === '') throw new Error(`The accepted row for ${row.check} in ${row.file} has no source line.`);
      return row;
    });
}

export interface Verdict {
  accepted: Finding[];
  unaccepted: Finding[];
  /** Rows that matched no finding: the code changed or the finding is gone; review and update the row. */
  stale: AcceptedFinding[];
}

/**
 * Matches findings to rows one to one. `lineOf` gives a finding's source line (null when the file or
 * line cannot be read, which no row can match). Only `failing` severities need a row.
 */
export function judgeFindings(
  findings: Finding[],
  rows: AcceptedFinding[],
  lineOf: (file: string, line: number) => string | null,
  failing: ReadonlySet<string>,
): Verdict {
  const unused = [...rows];
  const accepted: Finding[] = [];
  const unaccepted: Finding[] = [];
  for (const finding of findings) {
    if (!failing.has(finding.severity)) continue;
    const text = lineOf(finding.file, finding.line)?.trim() ?? null;
    const index = unused.findIndex((row) => row.check === finding.check && row.file === finding.file && row.source === text);
    if (index < 0) {
      unaccepted.push(finding);
      continue;
    }
    unused.splice(index, 1);
    accepted.push(finding);
  }
  return { accepted, unaccepted, stale: unused };
}
