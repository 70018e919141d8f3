import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { validateWorkflow } from '@action-validator/core';
import { BUNDLED_DICTIONARIES } from './main/dictionaries';
import { REQUIRED_FUSES } from './securityFuses';

/**
 * The packaging configuration, loaded the way `electron-builder --config electron-builder.config.mjs`
 * loads it (electron-builder's own loader, so `extends` and the env-driven electronDist are real), and
 * checked against electron-builder's own schema; plus the release workflow against GitHub's.
 */
const ROOT = resolve(__dirname, '../..');
const CONFIG = 'electron-builder.config.mjs';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};

/** What electron-vite leaves external in out/main and so must ship in node_modules inside app.asar. */
const RUNTIME_DEPENDENCIES = [
  'docx',
  'htmlparser2',
  'lowdb',
  'marked',
  'yaml',
  'zod',
  '@mozilla/readability',
  'linkedom',
  '@handlewithcare/prosemirror-suggest-changes',
  'prosemirror-model',
  'prosemirror-state',
  'prosemirror-transform',
];
/** Build inputs (converted to assets/dictionaries/*.bdic), excluded from the package by `files`. */
const BUILD_ONLY_DEPENDENCIES = ['dictionary-en', 'dictionary-en-gb'];

const load = () => getConfig(ROOT, CONFIG, null);
const quietLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const savedDist = process.env.ELECTRON_DIST;
afterEach(() => {
  if (savedDist === undefined) delete process.env.ELECTRON_DIST;
  else process.env.ELECTRON_DIST = savedDist;
});

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(await load(), quietLogger)).resolves.toBeUndefined();
  });

  it('names the app', async () => {
    const config = await load();
    expect(config).toMatchObject({ appId: 'org.copydesk.app', productName: 'Copydesk', asar: true });
    expect(config.copyright).toMatch(/Copyright ©/);
  });

  it('builds AppImage and deb, a per-user NSIS installer with a folder choice, and dmg and zip', async () => {
    const config = await load();
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    expect(config.mac?.target).toEqual(['dmg', 'zip']);
  });

  it('leaves signing and notarisation to the environment', async () => {
    const mac = (await load()).mac!;
    expect(mac.hardenedRuntime).toBe(true);
    // An identity or `notarize: false` in the file would override CSC_LINK / APPLE_* in CI.
    expect(mac).not.toHaveProperty('identity');
    expect(mac.notarize).not.toBe(false);
  });

  it('gives the Linux desktop entry the Office and News categories', async () => {
    const linux = (await load()).linux!;
    expect(linux.category).toBe('Office');
    expect((linux.desktop?.entry as Record<string, string>).Categories).toBe('Office;News;');
    expect(linux.syncDesktopName).toBe(true);
    expect((await load()).extraMetadata).toMatchObject({ desktopName: 'copydesk.desktop' });
  });

  it('flips the security fuses', async () => {
    expect((await load()).electronFuses).toMatchObject(REQUIRED_FUSES);
  });

  it('opens .copydesk article files', async () => {
    const associations = [(await load()).fileAssociations].flat();
    expect(associations).toEqual([
      expect.objectContaining({ ext: 'copydesk', mimeType: 'application/vnd.copydesk.article+json', role: 'Editor' }),
    ]);
  });

  it('ships only the build, package.json and the runtime libraries', async () => {
    const config = await load();
    const filters = [config.files]
      .flat()
      .flatMap((entry) => (typeof entry === 'string' ? [entry] : ((entry as { filter?: string[] })?.filter ?? [])));
    expect(filters.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/**', 'package.json']);
    for (const name of BUILD_ONLY_DEPENDENCIES) expect(filters).toContain(`!**/node_modules/${name}/**`);
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it('declares as dependencies only libraries the main process loads at run time', () => {
    const unexpected = Object.keys(pkg.dependencies).filter(
      (name) => !RUNTIME_DEPENDENCIES.includes(name) && !BUILD_ONLY_DEPENDENCIES.includes(name),
    );
    expect(unexpected, 'move renderer and build-time packages to devDependencies (electron-vite bundles those)').toEqual([]);
  });

  it('takes ELECTRON_DIST from the environment, and nothing when it is unset', async () => {
    delete process.env.ELECTRON_DIST;
    expect(await load()).not.toHaveProperty('electronDist');
    process.env.ELECTRON_DIST = '/opt/electron-45/dist';
    expect((await load()).electronDist).toBe('/opt/electron-45/dist');
    process.env.ELECTRON_DIST = '   ';
    expect(await load()).not.toHaveProperty('electronDist');
  });

  // electron-builder refuses to build the deb without them ("Please specify author 'email'…").
  it('has the author.email and homepage in package.json that the deb target requires', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      author?: { email?: string };
      homepage?: string;
    };
    expect(pkg.author?.email).toMatch(/@/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
  });
});

describe('icons and dictionaries', () => {
  it('renders the icon from one SVG to a 1024-px PNG for macOS and Windows', async () => {
    const config: Configuration = await load();
    expect(existsSync(join(ROOT, 'assets/icon.svg'))).toBe(true);
    expect(config.mac?.icon).toBe('icon.png');
    expect(config.win?.icon).toBe('icon.png');
    expect(pngSize(join(ROOT, 'assets/icon.png'))).toEqual({ width: 1024, height: 1024 });
  });

  it('has the Linux icon set, each PNG the size its name says', async () => {
    expect((await load()).linux?.icon).toBe('icons');
    const files = readdirSync(join(ROOT, 'assets/icons')).sort((a, b) => parseInt(a) - parseInt(b));
    expect(files).toEqual(['16x16.png', '24x24.png', '32x32.png', '48x48.png', '64x64.png', '128x128.png', '256x256.png', '512x512.png']);
    for (const file of files) {
      const size = parseInt(file);
      expect(pngSize(join(ROOT, 'assets/icons', file)), file).toEqual({ width: size, height: size });
    }
  });

  it('bundles the spelling dictionaries for Windows and Linux', async () => {
    const config = await load();
    for (const platform of [config.win, config.linux]) {
      expect(platform?.extraResources).toEqual([{ from: 'assets/dictionaries', to: 'dictionaries', filter: ['*.bdic', '*.LICENSE.txt'] }]);
    }
    for (const { file, language } of BUNDLED_DICTIONARIES) {
      expect(existsSync(join(ROOT, 'assets/dictionaries', file)), file).toBe(true);
      expect(existsSync(join(ROOT, 'assets/dictionaries', `${language}.LICENSE.txt`)), language).toBe(true);
    }
  });
});

describe('release workflow', () => {
  const source = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');

  it('passes action-validator', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('builds, tests under Electron and packages on all three OSes', () => {
    expect(source).toMatch(/os: \[ubuntu-latest, windows-latest, macos-latest\]/);
    for (const step of ['npm ci', 'npm test', 'xvfb-run', 'E2E_HOST: electron', 'npm run dist', 'actions/upload-artifact'])
      expect(source).toContain(step);
  });
});
