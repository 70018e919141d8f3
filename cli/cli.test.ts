import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFile, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from './main';
import { findChromium } from '../backend/findChromium';
import { makeTempDataDir } from '../testing/tempDataDir';

const SEED = resolve(import.meta.dirname, '../testing/fixtures/seed/putin-maduro.txt');
const NINJS = resolve(import.meta.dirname, '../testing/fixtures/ninjs/ntb_text.json');

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir('copydesk-cli-')));
afterEach(() => cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

const data = () => ['--data', join(dir, 'lib')];

describe('copydesk CLI', () => {
  it('imports the seed story and prints it as JSON', async () => {
    const { code, out } = await cli('import', SEED, ...data(), '--json');
    expect(code).toBe(0);
    const article = JSON.parse(out);
    expect(article).toMatchObject({ section: 'WORLD', source: 'TRTWorld and agencies', leadImage: { credit: 'Reuters', asset: null } });
    expect(article.headline).toBe('Putin backs Maduro against US pressure, pledges deeper economic and energy ties');
  });

  it('lists and shows by id and by slug', async () => {
    await cli('import', SEED, NINJS, ...data());
    const list = JSON.parse((await cli('list', ...data(), '--json')).out);
    expect(list).toHaveLength(2);
    const seed = list.find((e: { section: string }) => e.section === 'WORLD');
    expect(JSON.parse((await cli('show', seed.id, ...data(), '--json')).out).id).toBe(seed.id);
    const text = (await cli('show', seed.slug, ...data())).out;
    expect(text).toContain('2 min read');
    expect(text).toContain('SOURCE: TRTWorld and agencies');
  });

  it.each([
    [['frob'], 2, /Unknown command "frob"/],
    [['list', '--bogus'], 2, /Unknown option '--bogus'/],
    [['import'], 2, /import needs at least one FILE/],
    [['show'], 2, /show needs an article ID or slug/],
    [['show', 'no-such-slug'], 1, /No article with the id or slug "no-such-slug"/],
  ])('refuses %j with exit %i and one line on stderr', async (argv, exitCode, message) => {
    const { code, err } = await cli(...(argv as string[]), ...data());
    expect(code).toBe(exitCode);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it('names each bad file and still imports the good ones', async () => {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'photo.txt');
    const badJson = join(dir, 'broken.json');
    const notNinjs = join(dir, 'array.json');
    const huge = join(dir, 'huge.txt');
    await writeFile(empty, '   \n');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    await writeFile(badJson, '{"headlines": [');
    await writeFile(notNinjs, '[1, 2, 3]');
    await writeFile(huge, '');
    await truncate(huge, 21 * 1024 * 1024);
    const good = join(dir, 'good.txt');
    await copyFile(SEED, good);
    const { code, err } = await cli('import', empty, binary, badJson, notNinjs, huge, good, ...data());
    expect(code).toBe(1);
    expect(err[0]).toMatch(/“empty.txt” is empty/);
    expect(err[1]).toMatch(/“photo.txt” is not a text file/);
    expect(err[2]).toMatch(/not valid JSON/);
    expect(err[3]).toMatch(/ninjs|JSON object/i);
    expect(err[4]).toMatch(/“huge.txt” is 21.0 MB/);
    expect(JSON.parse((await cli('list', ...data(), '--json')).out)).toHaveLength(1);
  });

  it('runs as a real process through bin/copydesk.js with no Electron', async () => {
    const bin = resolve(import.meta.dirname, '../bin/copydesk.js');
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [bin, 'import', SEED, ...data(), '--json']);
    expect(JSON.parse(stdout).section).toBe('WORLD');
    const failed = await run(process.execPath, [bin, 'show', 'missing', ...data()]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});

describe('copydesk export', () => {
  it('exports by slug and --all with the app rules', async () => {
    await cli('import', SEED, NINJS, ...data());
    const outDir = join(dir, 'out');
    const slug = JSON.parse((await cli('list', ...data(), '--json')).out).find((e: { section: string }) => e.section === 'WORLD').slug;
    const one = await cli('export', slug, '--format', 'html,md,txt,json,ninjs,nitf,docx', '--out', outDir, ...data());
    expect(one.code).toBe(0);
    expect(one.out.split('\n')).toHaveLength(7);
    const all = await cli('export', '--all', '--format', 'markdown', '--out', outDir, ...data(), '--json');
    expect(JSON.parse(all.out).results).toHaveLength(2);
    const again = await cli('export', slug, '--format', 'md', '--out', outDir, ...data());
    expect(again.out).toContain(`${slug} (3).md`);
  });

  it.each([
    [['export', '--all', '--format', 'rtf', '--out', 'x'], /Unknown format "rtf"/],
    [['export', '--all', '--out', 'x'], /export needs --format/],
    [['export', '--format', 'md', '--out', 'x'], /article IDs or slugs, or --all/],
    [['export', '--all', '--format', 'md'], /export needs --out DIR/],
  ])('refuses %j clearly', async (argv, message) => {
    const { code, err } = await cli(...(argv as string[]), ...data());
    expect(code).toBe(2);
    expect(err[0]).toMatch(message);
  });
});

describe('PDF from the command line', () => {
  it.skipIf(!findChromium())('prints the seed story through a headless Chromium', async () => {
    await cli('import', SEED, ...data());
    const outDir = join(dir, 'pdf');
    const result = await cli('export', '--all', '--format', 'pdf', '--out', outDir, ...data());
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    const file = result.out.replace(/^wrote /, '');
    const { stdout } = await promisify(execFile)('pdftotext', [file, '-']);
    expect(stdout.replace(/\s+/g, ' ')).toContain('Putin backs Maduro');
    expect(stdout).toContain('SOURCE: TRTWorld and agencies');
  });

  it('names what to install when there is no Chromium', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(dir, 'no-such-chromium');
    try {
      await cli('import', SEED, ...data());
      const { code, err } = await cli('export', '--all', '--format', 'md,pdf', '--out', join(dir, 'out'), ...data());
      expect(code).toBe(2);
      expect(err[0]).toMatch(/Install one \(Debian\/Ubuntu: apt-get install chromium\) or set CHROMIUM_PATH/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});

describe('one writer', () => {
  it('refuses with a clear message while the app holds the library, and --wait waits for it', async () => {
    const { ArticleStore } = await import('../backend/store/articleStore');
    const app = await ArticleStore.open(join(dir, 'lib'), { lock: 'app' });
    const refused = await cli('list', ...data());
    expect(refused.code).toBe(1);
    expect(refused.err[0]).toMatch(/The Copydesk app has this library open/);
    const waiting = cli('list', ...data(), '--wait');
    setTimeout(() => void app.close(), 300);
    expect((await waiting).code).toBe(0);
  });
});

describe('copydesk backup and restore', () => {
  it('backs up and restores through the same service as the app, keeping the replaced library', async () => {
    await cli('import', SEED, ...data());
    const out = join(dir, 'backups');
    const backup = await cli('backup', out, ...data(), '--json');
    expect(backup.code).toBe(0);
    const { path } = JSON.parse(backup.out);
    await cli('import', NINJS, ...data());
    expect(JSON.parse((await cli('list', ...data(), '--json')).out)).toHaveLength(2);
    const restored = await cli('restore', path, ...data(), '--json');
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.out).previous).toMatch(/-before-restore-/);
    expect(JSON.parse((await cli('list', ...data(), '--json')).out)).toHaveLength(1);
  });

  it('refuses a missing or damaged backup with one line', async () => {
    const missing = await cli('restore', join(dir, 'nope.zip'), ...data());
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/There is no file at/);
    const junk = join(dir, 'junk.zip');
    await writeFile(junk, 'not a zip');
    const damaged = await cli('restore', junk, ...data());
    expect(damaged.code).toBe(1);
    expect(damaged.err[0]).toMatch(/not a Copydesk backup/);
  });
});
