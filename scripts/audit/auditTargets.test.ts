import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingTargets, SCANNED } from '../auditElectron';

const ROOT = join(import.meta.dirname, '../..');
const copies: string[] = [];
afterAll(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('what the audit must scan', () => {
  it('is the source that ships, not the built bundles', () => {
    expect(SCANNED).toEqual(['hosts/electron/main', 'hosts/electron/preload', 'renderer/index.html', 'package.json']);
  });

  it('is all present in this repository', async () => {
    expect(await missingTargets(ROOT)).toEqual([]);
  });

  it('is reported when missing, so the audit fails instead of scanning less', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'copydesk-audit-targets-'));
    copies.push(copy);
    await cp(join(ROOT, 'renderer/index.html'), join(copy, 'renderer/index.html'));
    await cp(join(ROOT, 'hosts/electron/main'), join(copy, 'hosts/electron/main'), { recursive: true });
    expect(await missingTargets(copy)).toEqual(['hosts/electron/preload', 'package.json']);
  });
});
