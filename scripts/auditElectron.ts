/**
 * Static Electron security audit (`npm run audit:electron`).
 *
 * Runs Doyensec's Electronegativity over the source of what ships: the main process and preload
 * (hosts/electron/) and the renderer's page with its CSP (renderer/index.html). The source, not the
 * bundles in out/: a bundle's findings have line numbers that move with every build and cannot be tied
 * to a reviewed line. It also checks the Electron fuses in electron-builder.yml. The run fails when
 *   - any HIGH or MEDIUM finding is not accepted by a row of docs/SECURITY.md's "Accepted Electronegativity
 *     findings" table, matched by check id, file and the flagged line's exact text (scripts/audit/
 *     acceptedFindings.ts), one row per finding;
 *   - a row accepts nothing (the line changed or went away: review it again);
 *   - something it must scan is missing, or a file cannot be parsed.
 *
 * Offline by construction: Electronegativity fetches translations and Electron's release list with
 * `got`; here `got` answers at once with nothing, and the release check (the one check that needs the
 * network) is left out. The Electron version comes from package.json instead of a lookup.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REQUIRED_FUSES } from '../hosts/electron/securityFuses';
import { judgeFindings, parseAccepted, type Finding } from './audit/acceptedFindings';

const ROOT = resolve(import.meta.dirname, '..');
const SECURITY_DOC = join(ROOT, 'docs', 'SECURITY.md');
const FAILING = new Set(['HIGH', 'MEDIUM']);

/** What is scanned, relative to the repository; every one must exist. Test files and helpers do not ship. */
export const SCANNED = ['hosts/electron/main', 'hosts/electron/preload', 'renderer/index.html', 'package.json'];
const NOT_SHIPPED = /(\.test\.tsx?$|[/\\]__snapshots__[/\\]|[/\\]testing[/\\]|\.map$)/;

interface EnIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
}
interface EnResult {
  issues: EnIssue[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}
type EnRunner = (options: Record<string, unknown>, forCli?: boolean) => Promise<EnResult>;

/** Loads Electronegativity's runner with `got` replaced by an immediate, empty answer. */
function loadOfflineRunner(): EnRunner {
  const require = createRequire(import.meta.url);
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  const offline = () => Promise.resolve({ statusCode: 503, body: '{}', headers: {} });
  Module._load = function (request: string, ...rest: unknown[]) {
    if (request === 'got') return Object.assign(offline, { default: offline, get: offline, stream: offline });
    return load.call(this, request, ...rest);
  };
  // i18n picks its locale from LANG; its own English strings are bundled.
  process.env.LANG = 'en-US';
  const runner = require('@doyensec/electronegativity') as EnRunner | { default: EnRunner };
  return typeof runner === 'function' ? runner : runner.default;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The scan targets under `root` that do not exist: an audit of less than what ships is a failed audit. */
export async function missingTargets(root: string, targets: readonly string[] = SCANNED): Promise<string[]> {
  const missing: string[] = [];
  for (const path of targets) if (!(await exists(join(root, path)))) missing.push(path);
  return missing;
}

/** Copies what ships into one folder, so the CSP in the page and the windows in main are seen together. */
async function stage(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-audit-'));
  for (const path of SCANNED)
    await cp(join(ROOT, path), join(dir, path), { recursive: true, filter: (source) => !NOT_SHIPPED.test(source) });
  return dir;
}

/** The text of a line of a scanned file (1-based), or null. */
function lineReader(): (file: string, line: number) => string | null {
  const files = new Map<string, string[] | null>();
  return (file, line) => {
    if (!files.has(file)) {
      try {
        files.set(file, readFileSync(join(ROOT, file), 'utf8').split('\n'));
      } catch {
        files.set(file, null);
      }
    }
    return files.get(file)?.[line - 1] ?? null;
  };
}

function electronVersion(pkg: { devDependencies?: Record<string, string>; dependencies?: Record<string, string> }): string {
  const range = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  const version = range ? /\d+\.\d+\.\d+/.exec(range)?.[0] : undefined;
  if (!version) throw new Error('package.json names no Electron version.');
  return version;
}

async function runElectronegativity(dir: string, version: string): Promise<{ findings: Finding[]; errors: string[] }> {
  const run = loadOfflineRunner();
  // The runner shows a progress bar and prints through console.log even when asked not to; keep the table ours.
  const log = console.log;
  console.log = () => undefined;
  let result: EnResult;
  try {
    result = await run(
      {
        input: dir,
        output: undefined,
        isSarif: false,
        customScan: [],
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: true,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: version,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
  }
  const findings = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file.split('\\').join('/'),
    line: issue.location.line,
    description: issue.description,
  }));
  const errors = result.errors.filter((e) => !e.tolerable).map((e) => `${e.file.replace(dir, '')}: ${e.message}`);
  return { findings, errors };
}

/** The fuses come from electron-builder.yml's `electronFuses`; a missing or wrong one is a HIGH finding. */
async function fuseFindings(): Promise<Finding[]> {
  const file = 'electron-builder.yml';
  const config = parseYaml(await readFile(join(ROOT, file), 'utf8')) as { electronFuses?: Record<string, unknown> } | null;
  const fuses = config?.electronFuses ?? {};
  return Object.entries(REQUIRED_FUSES)
    .filter(([name, wanted]) => fuses[name] !== wanted)
    .map(([name, wanted]) => ({
      check: 'COPYDESK_FUSES_CHECK',
      severity: 'HIGH',
      confidence: 'CERTAIN',
      file,
      line: 0,
      description: `electronFuses.${name} must be ${wanted} (is ${JSON.stringify(fuses[name] ?? 'unset')})`,
    }));
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.min(60, Math.max(...rows.map((r) => r[i]!.length))));
  const line = (r: string[]) =>
    r.map((cell, i) => (cell.length > widths[i]! ? `${cell.slice(0, widths[i]! - 1)}…` : cell.padEnd(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<number> {
  const started = performance.now();
  const missing = await missingTargets(ROOT);
  if (missing.length > 0) {
    console.log(`FAIL: the audit must scan ${missing.join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} missing.`);
    return 1;
  }
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const version = electronVersion(pkg);
  const rows = parseAccepted(await readFile(SECURITY_DOC, 'utf8'));
  const dir = await stage();
  let findings: Finding[];
  let errors: string[];
  try {
    ({ findings, errors } = await runElectronegativity(dir, version));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  findings = [...findings, ...(await fuseFindings())].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const lineOf = lineReader();
  const { accepted, unaccepted, stale } = judgeFindings(findings, rows, lineOf, FAILING);

  const report = [['severity', 'check', 'file:line', 'status', 'source line']];
  for (const f of findings) {
    const status = !FAILING.has(f.severity) ? 'info' : accepted.includes(f) ? 'accepted' : 'NEW';
    report.push([f.severity, f.check, `${f.file}:${f.line}`, status, (lineOf(f.file, f.line) ?? f.description).trim()]);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Electronegativity on ${SCANNED.join(', ')} (Electron ${version}, offline) and electronFuses: ${findings.length} findings in ${seconds} s\n`,
  );
  if (findings.length > 0) console.log(`${table(report)}\n`);
  for (const a of stale)
    console.log(`stale: docs/SECURITY.md accepts ${a.check} in ${a.file} at \`${a.source}\`, which no finding matches.`);
  for (const e of errors) console.log(`error: could not parse ${e}`);

  if (errors.length > 0) {
    console.log('\nFAIL: some files could not be parsed, so the audit is incomplete.');
    return 1;
  }
  if (unaccepted.length > 0 || stale.length > 0) {
    console.log(
      `\nFAIL: ${unaccepted.length} HIGH or MEDIUM finding(s) not accepted, ${stale.length} accepted row(s) matching nothing. Fix the code, or review it and make the row in docs/SECURITY.md name the line as it now reads.`,
    );
    return 1;
  }
  console.log('\nOK: every HIGH and MEDIUM finding is fixed or accepted, line by line, with a reason in docs/SECURITY.md.');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
