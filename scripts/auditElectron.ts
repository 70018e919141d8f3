/**
 * Static Electron security audit (`npm run audit:electron`).
 *
 * Runs Doyensec's Electronegativity over what ships: the main process and preload source (electron/),
 * the renderer's page with its CSP (renderer/index.html) and, when it has been built, the bundles in
 * out/. It also checks the Electron fuses in electron-builder.yml. Any HIGH or MEDIUM finding that the
 * "Accepted Electronegativity findings" table in docs/SECURITY.md does not list (by check id and file)
 * fails the run.
 *
 * Offline by construction: Electronegativity fetches translations and Electron's release list with
 * `got`; here `got` answers at once with nothing, and the release check (the one check that needs the
 * network) is left out. The Electron version comes from package.json instead of a lookup.
 */
import { createRequire } from 'node:module';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REQUIRED_FUSES } from '../hosts/electron/securityFuses';

const ROOT = resolve(import.meta.dirname, '..');
const SECURITY_DOC = join(ROOT, 'docs', 'SECURITY.md');
const ACCEPTED_HEADING = /^#+\s+Accepted Electronegativity findings\s*$/im;
const FAILING = new Set(['HIGH', 'MEDIUM']);

/** What is scanned, relative to the repository; test files and test helpers do not ship. */
const SCANNED = ['hosts/electron', 'renderer/index.html', 'out', 'package.json'];
const NOT_SHIPPED = /(\.test\.tsx?$|[/\\]__snapshots__[/\\]|[/\\]testing[/\\]|\.map$)/;

export interface Finding {
  check: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
}

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

/** Copies what ships into one folder, so the CSP in the page and the windows in main are seen together. */
async function stage(): Promise<{ dir: string; scanned: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-audit-'));
  const scanned: string[] = [];
  for (const path of SCANNED) {
    const from = join(ROOT, path);
    if (!(await exists(from))) continue;
    await cp(from, join(dir, path), { recursive: true, filter: (source) => !NOT_SHIPPED.test(source) });
    scanned.push(path);
  }
  return { dir, scanned };
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

export interface AcceptedFinding {
  check: string;
  file: string;
}

/** Reads the accepted-findings table: the first Markdown table after its heading, check id and file columns. */
export function parseAccepted(markdown: string): AcceptedFinding[] {
  const heading = ACCEPTED_HEADING.exec(markdown);
  if (!heading) throw new Error(`docs/SECURITY.md has no "Accepted Electronegativity findings" heading.`);
  const rest = markdown.slice(heading.index + heading[0].length).split('\n');
  const rows: string[][] = [];
  let started = false;
  for (const line of rest) {
    if (/^\s*\|/.test(line)) {
      started = true;
      rows.push(line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim().replace(/^`|`$/g, '')));
    } else if (started) break;
    else if (/^#+\s/.test(line)) break;
  }
  const [header, separator, ...body] = rows;
  if (!header || !separator) return [];
  const checkColumn = header.findIndex((h) => /^check/i.test(h));
  const fileColumn = header.findIndex((h) => /^file/i.test(h));
  if (checkColumn < 0 || fileColumn < 0) throw new Error('The accepted-findings table needs "Check" and "File" columns.');
  return body.map((cells) => ({ check: cells[checkColumn] ?? '', file: cells[fileColumn] ?? '' })).filter((a) => a.check !== '');
}

const isAccepted = (finding: Finding, accepted: AcceptedFinding[]) => accepted.some((a) => a.check === finding.check && a.file === finding.file);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.min(60, Math.max(...rows.map((r) => r[i]!.length))));
  const line = (r: string[]) => r.map((cell, i) => (cell.length > widths[i]! ? `${cell.slice(0, widths[i]! - 1)}…` : cell.padEnd(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<number> {
  const started = performance.now();
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const version = electronVersion(pkg);
  const accepted = parseAccepted(await readFile(SECURITY_DOC, 'utf8'));
  const { dir, scanned } = await stage();
  let findings: Finding[];
  let errors: string[];
  try {
    ({ findings, errors } = await runElectronegativity(dir, version));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  findings = [...findings, ...(await fuseFindings())].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);

  const unaccepted = findings.filter((f) => FAILING.has(f.severity) && !isAccepted(f, accepted));
  const stale = accepted.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file));
  const rows = [['severity', 'check', 'file:line', 'status', 'description']];
  for (const f of findings) {
    const status = !FAILING.has(f.severity) ? 'info' : isAccepted(f, accepted) ? 'accepted' : 'NEW';
    rows.push([f.severity, f.check, `${f.file}:${f.line}`, status, f.description.replace(/\s+/g, ' ')]);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Electronegativity on ${scanned.join(', ')} (Electron ${version}, offline) and electronFuses: ${findings.length} findings in ${seconds} s\n`);
  if (findings.length > 0) console.log(`${table(rows)}\n`);
  if (!scanned.includes('out')) console.log('note: out/ is not built, so the bundles were not scanned (npm run build first).');
  for (const a of stale) console.log(`note: docs/SECURITY.md accepts ${a.check} in ${a.file}, which no longer occurs; remove the row.`);
  for (const e of errors) console.log(`error: could not parse ${e}`);

  if (errors.length > 0) {
    console.log('\nFAIL: some files could not be parsed, so the audit is incomplete.');
    return 1;
  }
  if (unaccepted.length > 0) {
    console.log(`\nFAIL: ${unaccepted.length} HIGH or MEDIUM finding(s) not accepted in docs/SECURITY.md. Fix them, or add a row with the reason.`);
    return 1;
  }
  console.log('\nOK: every HIGH and MEDIUM finding is fixed or accepted with a reason in docs/SECURITY.md.');
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
