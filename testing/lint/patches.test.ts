import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The patches in patches/ are applied by `patch-package` from `postinstall`. An install that skipped them
 * (scripts turned off, a new version of the package) would still work, only slower, so this test fails
 * instead: every line a patch adds must be in the installed file.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const PATCHES = join(ROOT, 'patches');

interface FilePatch {
  file: string;
  added: string[];
}

function filePatches(patch: string): FilePatch[] {
  const files: FilePatch[] = [];
  for (const line of patch.split('\n')) {
    if (line.startsWith('+++ b/')) files.push({ file: line.slice('+++ b/'.length), added: [] });
    else if (line.startsWith('+') && !line.startsWith('+++')) files.at(-1)?.added.push(line.slice(1));
  }
  return files;
}

describe('patches to node_modules', () => {
  const patches = readdirSync(PATCHES).filter((name) => name.endsWith('.patch'));

  it('exist (the checks rely on the tree walker patch)', () => {
    expect(patches).toContain('unist-util-visit-parents+6.1.0.patch');
  });

  it.each(patches)('%s is applied', (name) => {
    const files = filePatches(readFileSync(join(PATCHES, name), 'utf8'));
    expect(files.length).toBeGreaterThan(0);
    for (const { file, added } of files) {
      const installed = readFileSync(join(ROOT, file), 'utf8').split('\n');
      const missing = added.filter((line) => line.trim() !== '' && !installed.includes(line));
      expect(missing, `${file}: run npm install (postinstall applies patches/)`).toEqual([]);
    }
  });
});
