import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stampsOf } from './scanArticles';
import { startStatThread } from './statThread';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('stamps taken on the stat thread', () => {
  it('are the stamps the main thread takes, a missing file null, in the order asked', async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-stat-thread-'));
    const paths = [];
    for (let i = 0; i < 30; i++) {
      const path = join(dir, `${i}.json`);
      await writeFile(path, 'x'.repeat(i));
      paths.push(path);
    }
    paths.splice(7, 0, join(dir, 'gone.json'), join(dir, 'line\nbreak.json'));
    const onThread = await startStatThread().stamps(paths);
    expect(onThread).toEqual(await stampsOf(paths));
    expect(onThread[7]).toBeNull();
    expect(onThread[0]).toMatch(/^0:\d+(\.\d+)?:\d+(\.\d+)?:\d+$/);
    expect(await startStatThread().stamps([])).toEqual([]);
  });

  it('falls back to the main thread once cancelled, and a cancelled thread keeps nothing alive', async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-stat-thread-'));
    const path = join(dir, 'a.json');
    await writeFile(path, '{}');
    const thread = startStatThread();
    thread.cancel();
    expect(await thread.stamps([path])).toEqual(await stampsOf([path]));
  });
});
