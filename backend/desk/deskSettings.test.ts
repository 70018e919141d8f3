import { mkdtemp, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskSettingsStore, FileTokenVault } from './deskSettings';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-desk-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const TOKEN = `cdk_${'a'.repeat(43)}`;

describe('desk settings', () => {
  it('means no desk until one is saved', async () => {
    expect(await new DeskSettingsStore(dir, FileTokenVault.inDataDir(dir)).load()).toBeNull();
  });

  it('keeps the token in a file only the user can read, even over an older readable one', async () => {
    await mkdir(join(dir, 'desk'));
    await writeFile(join(dir, 'desk', 'token'), 'old', { mode: 0o644 });
    const settings = new DeskSettingsStore(dir, FileTokenVault.inDataDir(dir));
    await settings.save({ url: 'wss://desk.example.org', allowInsecure: false }, TOKEN);
    expect((await stat(join(dir, 'desk', 'token'))).mode & 0o777).toBe(0o600);
    expect(await settings.load()).toEqual({ url: 'wss://desk.example.org', token: TOKEN, allowInsecure: false });
    await settings.forget();
    expect(await settings.load()).toBeNull();
  });

  it('refuses an unencrypted remote address and a malformed token, saving nothing', async () => {
    const settings = new DeskSettingsStore(dir, FileTokenVault.inDataDir(dir));
    await expect(settings.save({ url: 'ws://desk.example.org', allowInsecure: false }, TOKEN)).rejects.toThrow(/not encrypted/);
    await expect(settings.save({ url: 'wss://desk.example.org', allowInsecure: false }, 'hunter2')).rejects.toThrow(/not a desk token/);
    expect(await settings.load()).toBeNull();
  });
});
