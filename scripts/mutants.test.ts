import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPatches, MUTANTS } from './mutants';

const ROOT = join(import.meta.dirname, '..');

// `npm run test:mutants` runs the suites; this only keeps its patches in step with the code they break.
describe('the known-bad patches of npm run test:mutants', () => {
  it.each(MUTANTS.map((m) => [m.claim, m] as const))('%s: the patch still applies', (_claim, mutant) => {
    const source = readFileSync(join(ROOT, mutant.file), 'utf8');
    const mutated = applyPatches(source, mutant.patches);
    expect(mutated, `${mutant.file} still has the code the patch removes`).not.toBeNull();
    for (const path of mutant.suite) expect(existsSync(join(ROOT, path)), `suite ${path}`).toBe(true);
  });

  it('reports a patch that matches nothing', () => {
    expect(applyPatches('const x = 1;', [[/nothing here/g, '']])).toBeNull();
  });
});
