import { afterEach, beforeEach, expect, it } from 'vitest';
import { readdir, readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from './durableWrite';
import { makeTempDataDir } from '../../testing/tempDataDir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir()));
afterEach(() => cleanup());

it('replaces the file and leaves no temp file behind', async () => {
  const target = join(dir, 'a.json');
  await writeFileDurably(target, 'one');
  await writeFileDurably(target, 'two');
  expect(await readFile(target, 'utf8')).toBe('two');
  expect(await readdir(dir)).toEqual(['a.json']);
});

it('removes its temp file and throws when the rename fails', async () => {
  // A non-empty directory in the target's place makes rename fail, even for root.
  const target = join(dir, 'a.json');
  await mkdir(join(target, 'inside'), { recursive: true });
  await expect(writeFileDurably(target, 'new')).rejects.toThrow();
  expect((await readdir(dir)).sort()).toEqual(['a.json']);
  expect(await readdir(target)).toEqual(['inside']);
});
