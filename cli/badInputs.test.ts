import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runCli } from './main';
import { makeTempDataDir } from '../testing/tempDataDir';

/** Issue 16 items 9 and 14 through the CLI, and 5 and 13 on a real small tmpfs where the test may mount one. */
const SEED = resolve(import.meta.dirname, '../testing/fixtures/seed/putin-maduro.txt');
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir('copydesk-bad-')));
afterEach(() => cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, '--data', join(dir, 'lib')], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('imports read at most the limit, only from regular files (item 9)', () => {
  it('refuses /dev/zero at once, whatever stat says', async () => {
    const { code, err } = await cli('import', '/dev/zero');
    expect(code).not.toBe(0);
    expect(err).toMatch(/“zero” cannot be imported: It is a device, not a file/);
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(dir, 'story.txt');
    execFileSync('mkfifo', [fifo]);
    const { code, err } = await cli('import', fifo);
    expect(code).not.toBe(0);
    expect(err).toMatch(/named pipe/);
  });
});

describe('messages (item 14)', () => {
  it('imports UTF-16 text with a byte-order mark', async () => {
    const file = join(dir, 'notepad.txt');
    await writeFile(
      file,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dam holds after night of rain\n\nThe dam held, officials said.', 'utf16le')]),
    );
    const { code, out } = await cli('import', file, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).headline).toBe('Dam holds after night of rain');
  });

  it('says --out is a file, not a raw EEXIST', async () => {
    await cli('import', SEED);
    const file = join(dir, 'not-a-folder');
    await writeFile(file, '');
    const { code, err } = await cli('export', '--all', '--format', 'txt', '--out', file);
    expect(code).toBe(2);
    expect(err).toMatch(/is a file, not a folder/);
  });

  it('refuses a .copydesk file from a newer version, saying why, instead of dropping its fields', async () => {
    const file = join(dir, 'newer.copydesk');
    await writeFile(
      file,
      JSON.stringify({
        schemaVersion: 7,
        id: '0b7e3c52-9a41-4f7e-8a1d-4c2b9e6f1a00',
        headline: 'From the future',
        body: { type: 'doc', content: [] },
        newField: 'kept',
      }),
    );
    const { code, err } = await cli('import', file);
    expect(code).not.toBe(0);
    expect(err).toMatch(/newer version of Copydesk \(schema version 7.*update Copydesk/);
  });
});

/** Root in a container can mount a 512 KB tmpfs: the real ENOSPC and a real mount point, not injected ones. */
const mountable = (() => {
  if (process.getuid?.() !== 0) return false;
  const probe = spawnSync('sh', ['-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs "$d" && umount "$d"; s=$?; rmdir "$d"; exit $s']);
  return probe.status === 0;
})();

describe.runIf(mountable)('on a real full disk and a real mount point (items 5 and 13)', () => {
  let mnt: string;
  beforeEach(async () => {
    mnt = join(dir, 'small');
    await mkdir(mnt);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mnt]);
  });
  afterEach(() => void spawnSync('umount', [mnt]));

  it('names a full disk, loses nothing, and still lists and exports once it is full', async () => {
    const lib = ['--data', join(mnt, 'lib')];
    const run = async (...argv: string[]) => {
      const err: string[] = [];
      const out: string[] = [];
      const code = await runCli([...argv, ...lib], { out: (l) => out.push(l), err: (l) => err.push(l) });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    let imported = 0;
    let failure = '';
    for (let i = 0; i < 400 && failure === ''; i += 1) {
      const result = await run('import', SEED);
      if (result.code === 0) imported += 1;
      else failure = result.err;
    }
    expect(failure).toMatch(/The disk is full|could not .*the disk is full|read-only: you can read and export/);
    expect(failure).not.toMatch(/unexpected problem/);
    // Fill what is left, so even the open marker cannot be written: the store must open read-only.
    await writeFile(join(mnt, 'filler'), Buffer.alloc(4 * 1024 * 1024)).catch(() => undefined);
    const list = await run('list', '--json');
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out)).toHaveLength(imported);
    const out = join(dir, 'exports');
    const exported = await run('export', '--all', '--format', 'txt', '--out', out);
    expect(exported.code).toBe(0);
    expect(await readdir(out)).toHaveLength(imported);
  });

  it('restoring into a mount point says so and leaves no copy behind', async () => {
    await cli('import', SEED);
    const backupDir = join(dir, 'backups');
    await mkdir(backupDir);
    expect((await cli('backup', backupDir)).code).toBe(0);
    const [zip] = await readdir(backupDir);
    const lib = ['--data', mnt];
    const err: string[] = [];
    expect(await runCli(['import', SEED, ...lib], { out: () => undefined, err: (l) => err.push(l) })).toBe(0);
    const code = await runCli(['restore', join(backupDir, zip!), ...lib], { out: () => undefined, err: (l) => err.push(l) });
    expect(code).not.toBe(0);
    expect(err.join('\n')).toMatch(/mount point.*Nothing was changed/);
    expect((await readdir(dir)).filter((n) => /restoring/.test(n))).toEqual([]);
    expect(JSON.parse(await readFile(join(mnt, 'articles', (await readdir(join(mnt, 'articles')))[0]!), 'utf8')).headline).toBeTruthy();
  });
});
