import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ArticleStore } from '../store/articleStore';
import { AssetStore } from '../store/assetStore';
import { ImportService } from './importService';
import { OpenedFiles } from './openedFiles';
import { makeTempDataDir } from '../../testing/tempDataDir';

let dir: string;
let cleanup: () => Promise<void>;
let store: ArticleStore;
let imports: ImportService;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir());
  store = await ArticleStore.open(join(dir, 'lib'));
  imports = new ImportService(new AssetStore(store.layout.assets), () => new Date(), randomUUID);
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

describe('OpenedFiles', () => {
  it('opens a .copydesk file whose article is in the library, and imports one that is not', async () => {
    const known = await store.create({ headline: 'Already here' });
    const knownFile = join(dir, 'known.copydesk');
    await writeFile(knownFile, JSON.stringify(known));
    const stranger = { ...known, id: randomUUID(), headline: 'From a colleague' };
    const strangerFile = join(dir, 'stranger.copydesk');
    await writeFile(strangerFile, JSON.stringify(stranger));

    const opened = new OpenedFiles();
    opened.add([knownFile, strangerFile, join(dir, 'photo.exe')]);
    expect(opened.pending).toBe(2);
    const [first, second] = await opened.take(store, imports);
    expect(first).toEqual({ kind: 'open', id: known.id });
    expect(second).toMatchObject({
      kind: 'import',
      outcome: { ok: true, draft: { format: 'copydesk', article: { headline: 'From a colleague' } } },
    });
    expect(opened.pending).toBe(0);
  });

  it('reports a damaged article file by name instead of failing', async () => {
    const bad = join(dir, 'broken.copydesk');
    await writeFile(bad, '{"id": "nope", "headl');
    const opened = new OpenedFiles();
    opened.add([bad]);
    const [result] = await opened.take(store, imports);
    expect(result).toMatchObject({ kind: 'import', outcome: { ok: false, fileName: 'broken.copydesk' } });
  });
});
