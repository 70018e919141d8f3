import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, forbiddenFor } from '../../eslint.layers.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The layer rules are real: source planted at a path inside a layer (ESLint resolves zones by path; the
 * file itself is never written) that imports a layer it may not must fail with the layer message, and
 * the same import from a layer that may must pass.
 */
describe('layers declared in eslint.layers.js', () => {
  const eslint = new ESLint({ cwd: ROOT });
  async function lintPlanted(layer: string, importPath: string): Promise<string[]> {
    const file = join(ROOT, layer, 'layer-probe', 'probe.ts');
    const specifier = [
      '..',
      '..',
      ...layer
        .split('/')
        .slice(1)
        .map(() => '..'),
      importPath,
    ].join('/');
    const source = `import * as probe from '${specifier}';\nexport const used = probe;\n`;
    const [result] = await eslint.lintText(source, { filePath: file });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
  }

  it('fails core/ importing the backend, and render/ importing formats/', async () => {
    expect(await lintPlanted('core', 'backend/store/articleStore')).toEqual([
      expect.stringContaining('core/ may import only nothing of ours'),
    ]);
    expect(await lintPlanted('render', 'formats/registry')).toEqual([expect.stringContaining('render/ may import only core')]);
  }, 60_000);

  it('fails the backend importing a host, and the renderer importing the backend', async () => {
    expect(await lintPlanted('backend', 'hosts/browser/browserHost')).toHaveLength(1);
    expect(await lintPlanted('renderer', 'backend/store/articleStore')).toHaveLength(1);
  }, 60_000);

  it('passes an import the layer is allowed', async () => {
    expect(await lintPlanted('formats', 'render/html/bodyToHtml')).toEqual([]);
    expect(await lintPlanted('backend', 'formats/registry')).toEqual([]);
  }, 60_000);

  it('keeps e2e, bench and scripts from importing each other', () => {
    expect(forbiddenFor('e2e', { test: false })).toEqual(expect.arrayContaining(['bench', 'scripts']));
    expect(forbiddenFor('bench', { test: false })).toEqual(expect.arrayContaining(['e2e', 'scripts']));
    expect(forbiddenFor('scripts', { test: false })).toEqual(expect.arrayContaining(['e2e', 'bench']));
    expect(LAYERS.core).toEqual([]);
  });
});
