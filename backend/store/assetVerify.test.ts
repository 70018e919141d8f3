import { afterEach, beforeEach, expect, it } from 'vitest';
import { readdir, readFile, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { AssetStore } from './assetStore';
import { listQuarantine } from './quarantine';

/** Issue 16 item 10: asset bytes are checked when read; what does not match its name is quarantined. */
let dir: string;
let cleanup: () => Promise<void>;
let assets: AssetStore;
let png: Buffer;
let asset: string;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir());
  assets = new AssetStore(join(dir, 'assets'));
  png = await readFile(join(import.meta.dirname, '../../assets/icons/24x24.png'));
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(dir, 'assets'));
  ({ asset } = await assets.storeImage(png, 'icon.png'));
});
afterEach(() => cleanup());

it('reads an intact image', async () => {
  expect((await assets.read(asset)).bytes.equals(png)).toBe(true);
});

it.each([
  ['a symlink to /etc/passwd', async (path: string) => symlink('/etc/passwd', path), /symbolic link/],
  ['text under an image name', async (path: string) => writeFile(path, 'root:x:0:0:root:/root:/bin/bash\n'), /checksum/],
  ['one flipped byte', async (path: string) => writeFile(path, Buffer.from(png.map((b, i) => (i === 40 ? b ^ 1 : b)))), /checksum/],
])('quarantines %s and refuses to hand it out', async (_label, replace, reason) => {
  const path = join(dir, 'assets', asset);
  await unlink(path);
  await replace(path);
  await expect(assets.read(asset)).rejects.toMatchObject({ code: 'damaged_image', message: expect.stringMatching(reason) });
  expect(await readdir(join(dir, 'assets'))).toEqual([]);
  const [record] = await listQuarantine(join(dir, 'quarantine'));
  expect(record!.reason).toMatch(reason);
  expect(record!.reason).not.toMatch(/root:/);
});

it('quarantines bytes that hash right but are not the image type the name says', async () => {
  const gifName = asset.replace('.png', '.gif');
  await writeFile(join(dir, 'assets', gifName), png);
  await expect(assets.read(gifName)).rejects.toMatchObject({ code: 'damaged_image', message: expect.stringMatching(/not a GIF/) });
});
