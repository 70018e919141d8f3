/**
 * `npm run test:mutants`: proves the tests behind the README's and docs/SECURITY.md's main claims can
 * fail. Copies the repository (tracked and untracked files, not node_modules or out/) to a temporary
 * folder, runs the suites once unchanged (they must pass), then applies each known-bad patch below on
 * its own and runs the suite that enforces the claim, which must go red. Exits non-zero when a suite
 * fails unchanged, a patch no longer applies (the code moved: update the patch), or a mutant survives.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export interface Mutant {
  claim: string;
  file: string;
  /** Every replacement that matches is applied; at least one must match. */
  patches: Array<[RegExp, string]>;
  /** Vitest paths that must fail with the patch in. */
  suite: string[];
}

export const MUTANTS: Mutant[] = [
  {
    claim: 'Every write is fsynced, file and folder (backend/store/durableWrite.ts)',
    file: 'backend/store/durableWrite.ts',
    patches: [
      [/await handle\.sync\(\);/g, ''],
      [/await syncFile\([^)]*\);/g, ''],
      [/await fsyncDirectory\(dir\);/g, ''],
    ],
    suite: ['backend/store'],
  },
  {
    claim: 'Copydesk JSON imports go through the allow-list (formats/copydesk/copydeskImport.ts)',
    file: 'formats/copydesk/copydeskImport.ts',
    patches: [[/\(b\) => htmlToBody\(bodyToHtml\(b\)\)/g, '(b) => b']],
    suite: ['formats/copydesk'],
  },
  {
    claim: 'IPC answers only our own top frame (hosts/electron/main/senderCheck.ts)',
    file: 'hosts/electron/main/senderCheck.ts',
    patches: [[/if \(!frame \|\| frame\.parent !== null \|\| !isOurWindowsMainFrame\) return false;/g, 'return true;']],
    suite: ['hosts/electron/main/senderCheck.test.ts'],
  },
  {
    claim: 'The renderer has a strict CSP (renderer/index.html)',
    file: 'renderer/index.html',
    patches: [[/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/gi, '']],
    suite: ['scripts/audit/cspPolicy.test.ts'],
  },
];

/** Applies a mutant's patches to source text; null when none of them matches. */
export function applyPatches(source: string, patches: Mutant['patches']): string | null {
  let out = source;
  for (const [pattern, replacement] of patches) out = out.replace(pattern, replacement);
  return out === source ? null : out;
}

function copyRepository(): string {
  const copy = mkdtempSync(join(tmpdir(), 'copydesk-mutants-'));
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(copy, file));
    } catch {
      // Listed but deleted in the working tree: the copy is of what is there.
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

function vitest(copy: string, paths: string[]): { ok: boolean; seconds: number; tail: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...paths], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', FORCE_COLOR: '0' },
  });
  const tail = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-6).join('\n');
  return { ok: run.status === 0, seconds: (performance.now() - started) / 1000, tail };
}

function main(): number {
  const started = performance.now();
  const copy = copyRepository();
  try {
    const suites = [...new Set(MUTANTS.flatMap((m) => m.suite))];
    // A suite that is not there would "fail" for want of tests, and pass for a kill.
    const absent = suites.filter((path) => !existsSync(join(copy, path)));
    if (absent.length > 0) {
      console.log(`FAIL: no such suite: ${absent.join(', ')}; update scripts/mutants.ts.`);
      return 1;
    }
    const baseline = vitest(copy, suites);
    if (!baseline.ok) {
      console.log(`FAIL: the suites fail before any patch, so a red run would prove nothing:\n${baseline.tail}`);
      return 1;
    }
    console.log(`unpatched: ${suites.join(', ')} pass (${baseline.seconds.toFixed(1)} s)`);
    let bad = 0;
    for (const mutant of MUTANTS) {
      const path = join(copy, mutant.file);
      const original = readFileSync(path, 'utf8');
      const mutated = applyPatches(original, mutant.patches);
      if (mutated === null) {
        console.log(
          `PATCH NOT APPLIED  ${mutant.claim}: ${mutant.file} no longer has the code the patch removes; update scripts/mutants.ts.`,
        );
        bad += 1;
        continue;
      }
      writeFileSync(path, mutated);
      const run = vitest(copy, mutant.suite);
      writeFileSync(path, original);
      if (run.ok) {
        console.log(`SURVIVED  ${mutant.claim}: ${mutant.suite.join(', ')} still pass with the patch in (${run.seconds.toFixed(1)} s).`);
        bad += 1;
      } else {
        console.log(`killed    ${mutant.claim}: ${mutant.suite.join(', ')} fail (${run.seconds.toFixed(1)} s)`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\nmutants: ${MUTANTS.length - bad} of ${MUTANTS.length} killed in ${seconds} s`);
    return bad > 0 ? 1 : 0;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exitCode = main();
