import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeFindings, parseAccepted, type Finding } from './acceptedFindings';

const FAILING = new Set(['HIGH', 'MEDIUM']);
const finding = (check: string, file: string, line: number, severity = 'MEDIUM'): Finding => ({
  check,
  severity,
  confidence: 'CERTAIN',
  file,
  line,
  description: check,
});

const DOC = `# Security

## Accepted Electronegativity findings

| Check | File | Source line | Severity | Why |
| --- | --- | --- | --- | --- |
| \`OPEN_EXTERNAL_JS_CHECK\` | \`hosts/electron/main/security.ts\` | \`if (isSafeLinkUrl(url) && /^(https?\\|mailto):/i.test(url)) void shell.openExternal(url);\` | MEDIUM | reviewed |
| \`PRELOAD_JS_CHECK\` | \`hosts/electron/main/window.ts\` | \`preload: preloadPath,\` | MEDIUM | reviewed |

## Known gaps
`;

/** security.ts as reviewed: the checked call on line 2. */
const REVIEWED: Record<string, string[]> = {
  'hosts/electron/main/security.ts': [
    'function open(url) {',
    '    if (isSafeLinkUrl(url) && /^(https?|mailto):/i.test(url)) void shell.openExternal(url);',
    '}',
  ],
  'hosts/electron/main/window.ts': ['webPreferences: {', '      preload: preloadPath,', '}'],
};
const reader = (files: Record<string, string[]>) => (file: string, line: number) => files[file]?.[line - 1] ?? null;

describe('the accepted-findings table', () => {
  it('reads check, file and the source line, with an escaped bar kept literal', () => {
    expect(parseAccepted(DOC)).toEqual([
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'hosts/electron/main/security.ts',
        source: 'if (isSafeLinkUrl(url) && /^(https?|mailto):/i.test(url)) void shell.openExternal(url);',
      },
      { check: 'PRELOAD_JS_CHECK', file: 'hosts/electron/main/window.ts', source: 'preload: preloadPath,' },
    ]);
  });

  it('refuses a table without a source-line column: check and file alone accept too much', () => {
    expect(() => parseAccepted(DOC.replace('| Source line ', '| Line ').replace(/\| `if[^|]*\\\|[^|]*\| /, '| x | '))).toThrow(
      /Source line/,
    );
  });

  it('parses the real docs/SECURITY.md, every row with a source line that exists in its file', () => {
    const root = join(import.meta.dirname, '../..');
    const rows = parseAccepted(readFileSync(join(root, 'docs/SECURITY.md'), 'utf8'));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const lines = readFileSync(join(root, row.file), 'utf8')
        .split('\n')
        .map((l) => l.trim());
      expect(lines, `${row.file}: ${row.source}`).toContain(row.source);
    }
  });
});

describe('judging findings', () => {
  const rows = parseAccepted(DOC);

  it('accepts the reviewed lines', () => {
    const findings = [
      finding('OPEN_EXTERNAL_JS_CHECK', 'hosts/electron/main/security.ts', 2),
      finding('PRELOAD_JS_CHECK', 'hosts/electron/main/window.ts', 2),
    ];
    expect(judgeFindings(findings, rows, reader(REVIEWED), FAILING)).toEqual({ accepted: findings, unaccepted: [], stale: [] });
  });

  it('flags a new, unchecked openExternal in the same file as NEW', () => {
    const files = {
      ...REVIEWED,
      'hosts/electron/main/security.ts': [...REVIEWED['hosts/electron/main/security.ts']!, 'void shell.openExternal(url);'],
    };
    const added = finding('OPEN_EXTERNAL_JS_CHECK', 'hosts/electron/main/security.ts', 4);
    const verdict = judgeFindings(
      [finding('OPEN_EXTERNAL_JS_CHECK', 'hosts/electron/main/security.ts', 2), added],
      rows,
      reader(files),
      FAILING,
    );
    expect(verdict.unaccepted).toEqual([added]);
  });

  it('flags a copy of an accepted line: one row accepts one finding', () => {
    const line = REVIEWED['hosts/electron/main/security.ts']![1]!;
    const files = { ...REVIEWED, 'hosts/electron/main/security.ts': [...REVIEWED['hosts/electron/main/security.ts']!, line] };
    const verdict = judgeFindings(
      [
        finding('OPEN_EXTERNAL_JS_CHECK', 'hosts/electron/main/security.ts', 2),
        finding('OPEN_EXTERNAL_JS_CHECK', 'hosts/electron/main/security.ts', 4),
      ],
      rows,
      reader(files),
      FAILING,
    );
    expect(verdict.unaccepted.map((f) => f.line)).toEqual([4]);
  });

  it('flags an accepted line whose check was removed, and reports its row as stale', () => {
    const files = { ...REVIEWED, 'hosts/electron/main/security.ts': ['function open(url) {', '    void shell.openExternal(url);', '}'] };
    const verdict = judgeFindings([finding('OPEN_EXTERNAL_JS_CHECK', 'hosts/electron/main/security.ts', 2)], rows, reader(files), FAILING);
    expect(verdict.unaccepted).toHaveLength(1);
    expect(verdict.stale.map((r) => r.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'PRELOAD_JS_CHECK']);
  });

  it('does not accept a finding of the same check in a bundle or another file', () => {
    const bundled = finding('OPEN_EXTERNAL_JS_CHECK', 'out/main/index.js', 2);
    const verdict = judgeFindings([bundled], rows, reader({ 'out/main/index.js': REVIEWED['hosts/electron/main/security.ts']! }), FAILING);
    expect(verdict.unaccepted).toEqual([bundled]);
  });

  it('needs no row for LOW and informational findings', () => {
    expect(judgeFindings([finding('CSP_GLOBAL_CHECK', 'renderer/index.html', 5, 'LOW')], [], reader({}), FAILING)).toEqual({
      accepted: [],
      unaccepted: [],
      stale: [],
    });
  });
});
