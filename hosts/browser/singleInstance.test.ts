import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { claimSingleInstance, instanceSocketPath } from './singleInstance';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempDataDir('copydesk-instance-')));
afterEach(() => cleanup());

describe('one Copydesk window per user', () => {
  it('lets the first start win and has a second one bring it forward', async () => {
    const socket = instanceSocketPath(dir);
    let focused = 0;
    const first = await claimSingleInstance(socket, () => focused++);
    expect(first.first).toBe(true);
    const second = await claimSingleInstance(socket, () => undefined);
    expect(second.first).toBe(false);
    await expect.poll(() => focused).toBe(1);
    if (first.first) first.server.close();
  });

  it.skipIf(process.platform === 'win32')('takes over a socket file left by a crashed instance', async () => {
    const socket = instanceSocketPath(dir);
    await writeFile(socket, '');
    const claim = await claimSingleInstance(socket, () => undefined);
    expect(claim.first).toBe(true);
    if (claim.first) claim.server.close();
  });
});
