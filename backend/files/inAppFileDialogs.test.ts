import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { InAppFileDialogs } from './inAppFileDialogs';
import { RecentPlaces } from './recentPlaces';
import { resolveTypedPath } from './fileSystemBrowser';

let dir: string;
let cleanup: () => Promise<void>;
let dialogs: InAppFileDialogs;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir('copydesk-dialogs-'));
  await mkdir(join(dir, 'home', 'Drafts'), { recursive: true });
  await writeFile(join(dir, 'home', 'story.md'), '# Story');
  dialogs = new InAppFileDialogs(await RecentPlaces.open(dir), join(dir, 'home'));
});
afterEach(() => cleanup());

describe('the in-app file dialog service', () => {
  it('lists nothing and accepts nothing while no dialog is open', async () => {
    await expect(dialogs.list('00000000-0000-4000-8000-000000000000', undefined)).rejects.toThrow('That file dialog is closed');
    expect(dialogs.current()).toBeNull();
  });

  it('answers a file dialog with a checked path, and remembers its folder as a recent place', async () => {
    let pinged = 0;
    dialogs.onRequest(() => pinged++);
    const chosen = dialogs.openFiles({ title: 'Import', filters: [{ name: 'Markdown', extensions: ['MD'] }], multiple: true });
    await expect.poll(() => dialogs.current()).not.toBeNull();
    const request = dialogs.current()!;
    expect(pinged).toBe(1);
    expect(request.filters).toEqual([{ name: 'Markdown', extensions: ['md'] }]);
    expect((await dialogs.list(request.id, undefined)).entries.map((e) => e.name)).toEqual(['Drafts', 'story.md']);
    await expect(dialogs.answer(request.id, [join(dir, 'home', 'Drafts')])).rejects.toThrow('is not a file');
    await expect(dialogs.answer(request.id, [join(dir, 'home', 'nope.md')])).rejects.toThrow('is not a file');
    await dialogs.answer(request.id, ['~/story.md']);
    expect(await chosen).toEqual([join(dir, 'home', 'story.md')]);
    expect(dialogs.current()).toBeNull();
    const again = dialogs.chooseFolder({ title: 'Export' });
    await expect.poll(() => dialogs.current()).not.toBeNull();
    expect(dialogs.current()!.recent.map((p) => p.path)).toEqual([join(dir, 'home')]);
    await dialogs.answer(dialogs.current()!.id, []);
    expect(await again).toBeNull();
  });

  it('makes a folder by a plain name only, and a second dialog cancels the first', async () => {
    const first = dialogs.chooseFolder({ title: 'Back up' });
    await expect.poll(() => dialogs.current()).not.toBeNull();
    const { id } = dialogs.current()!;
    await expect(dialogs.makeFolder(id, join(dir, 'home'), '../escape')).rejects.toThrow('cannot be a folder name');
    await expect(dialogs.makeFolder(id, join(dir, 'home'), 'Drafts')).rejects.toThrow('already there');
    const made = await dialogs.makeFolder(id, join(dir, 'home'), 'Tuesday');
    expect(made.folder).toBe(join(dir, 'home', 'Tuesday'));
    expect((await readdir(join(dir, 'home'))).sort()).toEqual(['Drafts', 'Tuesday', 'story.md']);
    void dialogs.openFiles({ title: 'Import', filters: [], multiple: false });
    expect(await first).toBeNull();
  });

  it('reads typed paths as a person writes them', () => {
    expect(resolveTypedPath(' "/tmp/a b/" ', '/home/ana')).toBe('/tmp/a b');
    expect(resolveTypedPath('~/Documents', '/home/ana')).toBe('/home/ana/Documents');
    expect(resolveTypedPath('/', '/home/ana')).toBe('/');
    expect(() => resolveTypedPath('Documents', '/home/ana')).toThrow('is not a full path');
  });
});
