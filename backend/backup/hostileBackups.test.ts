import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, stat, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { ArticleStore } from '../store/articleStore';
import { LOCK_FILE } from '../store/libraryLock';
import { listQuarantine } from '../store/quarantine';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { backupZip, manifestOf, MANIFEST_NAME, zeroBombZip } from '../../testing/hostileZips';
import { backUpTo, restoreInto } from './backupService';

/**
 * Issue 16 items 1, 3, 6, 7 and 14: crafted backups. Each is refused with a message that names the
 * problem, and the library is left exactly as it was; or, for old honest backups, restored without
 * what a library must not take from a backup.
 */
let root: string;
let cleanup: () => Promise<void>;
const dataDir = () => join(root, 'library');
const ID = '0b7e3c52-9a41-4f7e-8a1d-4c2b9e6f1a00';
const now = new Date('2026-11-29T12:00:00Z');

beforeEach(async () => ({ dir: root, cleanup } = await makeTempDataDir('copydesk-hostile-')));
afterEach(() => cleanup());

async function libraryWith(headline: string): Promise<string> {
  const store = await ArticleStore.open(dataDir());
  const a = await store.create({ headline });
  await store.close();
  return a.id;
}

async function headlines(): Promise<string[]> {
  const store = await ArticleStore.open(dataDir());
  const list = store.list().map((e) => e.headline);
  await store.close();
  return list;
}

async function restoreBytes(bytes: Uint8Array) {
  const file = join(root, 'crafted.zip');
  await writeFile(file, bytes);
  return restoreInto(dataDir(), file, now);
}

const articleJson = (headline: string) => strToU8(JSON.stringify({ ...JSON.parse('{}'), headline }));

async function expectRefusedAndUntouched(bytes: Uint8Array, message: RegExp): Promise<void> {
  await libraryWith('Untouched');
  await expect(restoreBytes(bytes)).rejects.toMatchObject({ code: 'invalid_backup', message: expect.stringMatching(message) });
  expect(await headlines()).toEqual(['Untouched']);
  // Nothing left beside the library: no half-restored copy.
  expect((await readdir(root)).filter((n) => n.startsWith('library'))).toEqual(['library']);
}

describe('zip bombs (item 1)', () => {
  it('refuses unlisted entries without inflating them', async () => {
    const before = process.resourceUsage().maxRSS;
    const bytes = zeroBombZip(
      [1, 2, 3].map((n) => ({ name: `filler-${n}.bin`, megabytes: 400 })),
      { [MANIFEST_NAME]: manifestOf([]) },
    );
    await expectRefusedAndUntouched(bytes, /filler-1\.bin.*manifest does not list/);
    // maxRSS is the process's peak, in KB: inflating even one entry would have added 400 MB.
    expect((process.resourceUsage().maxRSS - before) / 1024).toBeLessThan(150);
  });

  it('stops a listed entry at the size its manifest gives', async () => {
    const path = `articles/${ID}.json`;
    const small = articleJson('x');
    const bytes = zeroBombZip([{ name: path, megabytes: 300, claim: small.length }], {
      [MANIFEST_NAME]: manifestOf([{ path, bytes: small }]),
    });
    const before = process.resourceUsage().maxRSS;
    await expectRefusedAndUntouched(bytes, /unpacks to more than/);
    expect((process.resourceUsage().maxRSS - before) / 1024).toBeLessThan(150);
  });

  it('refuses a manifest that claims more than a library file can hold', async () => {
    const path = `articles/${ID}.json`;
    await expectRefusedAndUntouched(backupZip([{ path, bytes: articleJson('x'), claimedBytes: 2 ** 40 }]), /more than such a file can/);
  });
});

describe('only the files a library has (item 7)', () => {
  it.each([
    ['a lock file', LOCK_FILE, '{"pid":1,"host":"app"}', /library\.lock.*not a file a Copydesk library has/],
    ['an open marker', 'library.open', '1', /library\.open/],
    ['a file outside the folders', 'notes.txt', 'hi', /notes\.txt/],
    ['an empty path', '', 'x', /an entry with an empty name/],
    ['"."', '.', 'x', /"\."/],
    ['"articles/.."', 'articles/..', 'x', /"articles\/\.\."/],
    ['a path that climbs out', '../../evil.txt', 'owned', /evil\.txt/],
    ['an absolute path', '/tmp/evil.txt', 'owned', /evil\.txt/],
    ['a revision outside its pattern', `revisions/${ID}/../../x.json`, '{}', /revisions/],
  ])('refuses %s, naming it', async (_label, path, text, message) => {
    await expectRefusedAndUntouched(backupZip([{ path, bytes: strToU8(text) }]), message);
    expect(await readdir(root)).not.toContain('evil.txt');
  });

  it('leaves out the quarantine and the index of an older backup, so nothing can point outside', async () => {
    const article = await ArticleStore.open(join(root, 'source'));
    const a = await article.create({ headline: 'From the old backup' });
    await article.close();
    const articleBytes = await readFile(join(root, 'source', 'articles', `${a.id}.json`));
    const reason = strToU8(JSON.stringify({ file: '../../../../etc/shadow', originalPath: '/etc/shadow', reason: 'x', quarantinedAt: '' }));
    const staleIndex = strToU8(JSON.stringify({ indexVersion: 1, entries: [] }));
    await restoreBytes(
      backupZip([
        { path: `articles/${a.id}.json`, bytes: articleBytes },
        { path: 'quarantine/x.reason.json', bytes: reason },
        { path: 'library.json', bytes: staleIndex },
      ]),
    );
    expect(await readdir(dataDir())).not.toContain('quarantine');
    expect(await headlines()).toEqual(['From the old backup']);
  });

  it('lists a crafted quarantine record by its own name, never by the path it claims', async () => {
    await libraryWith('x');
    await writeFile(
      join(dataDir(), 'quarantine', 'evil.reason.json'),
      JSON.stringify({ file: '../../../../etc/shadow', reason: 'r', quarantinedAt: 'z' }),
    );
    expect((await listQuarantine(join(dataDir(), 'quarantine'))).map((q) => q.file)).toEqual(['evil']);
  });
});

describe('messages (item 14)', () => {
  it('calls a newer manifest newer, not damaged', async () => {
    const bytes = backupZip([], {}, manifestOf([], { version: 2, appVersion: '9.0.0' }));
    await expectRefusedAndUntouched(bytes, /newer version of Copydesk \(9\.0\.0\).*Update Copydesk/);
  });
});

describe('what a backup carries (items 3 and 6)', () => {
  it('restores what the app had, not a stale index: the headline and status as last saved', async () => {
    const store = await ArticleStore.open(dataDir());
    const a = await store.create({ headline: 'Old headline' });
    await store.close();
    // Reopened: library.json now lists the old headline. The app saves without rewriting the index.
    const app = await ArticleStore.open(dataDir());
    await app.save({ ...(await app.get(a.id)), headline: 'Renamed', status: 'published' });
    await mkdir(join(root, 'out'));
    const { path } = await backUpTo(dataDir(), join(root, 'out'), 'test', now);
    await app.close();
    await restoreInto(dataDir(), path, now);
    const restored = await ArticleStore.open(dataDir());
    expect(restored.list().map((e) => [e.headline, e.status])).toEqual([['Renamed', 'published']]);
    await restored.close();
  });

  it('gives the restored folder the mode the library had', async () => {
    await libraryWith('x');
    await chmod(dataDir(), 0o750);
    await mkdir(join(root, 'out'));
    const { path } = await backUpTo(dataDir(), join(root, 'out'), 'test', now);
    await restoreInto(dataDir(), path, now);
    expect((await stat(dataDir())).mode & 0o777).toBe(0o750);
  });
});
