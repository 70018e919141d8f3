import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexMap } from '../../core/desk/indexDoc';
import { isInitialised } from '../../core/desk/articleDoc';
import { ArticleStore } from '../store/articleStore';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { startInProcessDesk, type InProcessDesk } from '../../testing/desk/inProcessDesk';
import { openDocument, openSocket } from '../../testing/desk/deskConnection';
import { DeskService } from './deskService';
import { replicaFolder } from './deskFolders';
import { openDeskTestLibrary } from '../../testing/desk/deskTestLibrary';

/**
 * A library pointed at another desk shares nothing there until the user asks ("N articles were shared
 * with another desk"), while the same desk under another address keeps its logs (sharing a story twice
 * would merge two histories of one text into doubled text).
 */
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function desk(file?: string): Promise<InProcessDesk> {
  const started = await startInProcessDesk(0, file);
  cleanups.push(() => started.stop());
  return started;
}

async function library(): Promise<{ dir: string; store: ArticleStore; service: DeskService }> {
  const { dir, store, service } = await openDeskTestLibrary('copydesk-desk-folders-', cleanups);
  return { dir, store, service };
}

async function pointAt(service: DeskService, url: string, token: string): Promise<void> {
  await service.stop();
  await service.settings.save({ url, name: '', allowInsecure: false, connect: true }, token);
  service.start();
  await (await service.live())!.whenSettled(10_000);
}

describe('desk folders', () => {
  it('shares nothing with a different desk until asked, then shares what was shared with the first', async () => {
    const [city, sport] = [await desk(), await desk()];
    const { store, service } = await library();
    const shared = await store.create({ headline: 'Council votes' });
    await store.create({ headline: 'Never shared' });
    await pointAt(service, city.url, await city.user('ada'));
    await service.share([shared.id]);
    await (await service.live())!.whenSettled(10_000);
    expect((await service.status()).elsewhere).toBeNull();

    const sportToken = await sport.user('ada', 'chief');
    await pointAt(service, sport.url, sportToken);
    expect(await service.sharedIds()).toEqual([]);
    expect((await service.status()).elsewhere).toEqual({ count: 1, desks: [city.url] });
    const index = await openDocument(openSocket(sport.url), 'desk:index', sportToken);
    const story = await openDocument(openSocket(sport.url), `article:${shared.id}`, sportToken);
    expect(indexMap(index.doc).size).toBe(0);
    expect(isInitialised(story.doc)).toBe(false);
    index.close();
    story.close();

    await service.shareElsewhere();
    expect(await service.sharedIds()).toEqual([shared.id]);
    expect((await service.status()).elsewhere).toBeNull();
    await (await service.live())!.whenSettled(10_000);
    const arrived = await openDocument(openSocket(sport.url), `article:${shared.id}`, sportToken);
    expect(arrived.doc.getText('field:headline').toString()).toBe('Council votes');
    arrived.close();

    // Back to the first desk: its logs are picked up again, and nothing is offered (the story is shared there too).
    await pointAt(service, city.url, await city.user('bo'));
    expect(await service.sharedIds()).toEqual([shared.id]);
    expect((await service.status()).elsewhere).toBeNull();
  });

  it('keeps one desk’s logs under another of its addresses (two instances on one store)', async () => {
    const { dir: deskDir, cleanup } = await makeTempDataDir('copydesk-desk-store-');
    cleanups.push(cleanup);
    const one = await desk(join(deskDir, 'desk.sqlite'));
    const two = await desk(join(deskDir, 'desk.sqlite'));
    const token = await one.user('ada');
    const { store, service } = await library();
    const story = await store.create({ headline: 'Flood defences hold' });
    await pointAt(service, one.url, token);
    await service.share([story.id]);
    await (await service.live())!.whenSettled(10_000);
    await pointAt(service, two.url, token);
    expect(await service.sharedIds()).toEqual([story.id]);
    expect((await service.status()).elsewhere).toBeNull();
  });

  it('moves logs from before the per-desk layout into the desk’s folder, and works offline from what it learnt', async () => {
    const city = await desk();
    const { dir } = await library();
    const deskDir = join(dir, 'desk');
    await mkdir(join(deskDir, 'docs'), { recursive: true });
    await writeFile(join(deskDir, 'docs', 'article_x.ylog'), '');
    const config = { url: city.url, token: await city.user('ada') };
    const { docs, identity } = await replicaFolder(deskDir, config);
    expect(identity.name).toBe('ada');
    expect(existsSync(join(docs, 'article_x.ylog'))).toBe(true);
    expect(existsSync(join(deskDir, 'docs'))).toBe(false);
    const offline = () => Promise.reject(new Error('Nothing is listening'));
    expect(await replicaFolder(deskDir, config, offline)).toEqual({ docs, identity });
    await expect(replicaFolder(deskDir, { ...config, url: 'ws://127.0.0.1:9' }, offline)).rejects.toThrow(/Nothing is listening/);
    const refused = () => Promise.reject(new Error('The desk refused your token: ask for a new one.'));
    await expect(replicaFolder(deskDir, config, refused)).rejects.toThrow(/refused your token/);
  });
});
