import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makePng } from '../../testing/pngForTests';
import { inProcessDeskPerTest } from '../../testing/desk/inProcessDeskPerTest';
import { openDocument, openSocket } from '../../testing/desk/deskConnection';
import { PICTURE_ROOT, pictureDocument } from '../../core/desk/pictureDoc';
import { openDeskTestLibrary } from '../../testing/desk/deskTestLibrary';

const perTest = inProcessDeskPerTest();
const { cleanups } = perTest;

async function client(token: string) {
  const { store, assets, service, notices } = await openDeskTestLibrary('copydesk-desk-pictures-', cleanups);
  await service.settings.save({ url: perTest.desk.url, allowInsecure: false, name: '', connect: true }, token);
  return { store, assets, service, notices };
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('pictures travel with their stories', () => {
  it('sends a shared story’s lead picture in chunks and the other Copydesk stores it, byte for byte', async () => {
    const a = await client(await perTest.desk.user('ada', 'chief'));
    // A picture over a megabyte: three chunks (bytes after the PNG's end are kept as they are).
    const bytes = new Uint8Array([...makePng(40, 30), ...randomBytes(1_200_000)]);
    const { asset } = await a.assets.storeImage(bytes, 'harbour.png');
    const article = await a.store.create({ headline: 'Harbour', leadImage: { asset, caption: 'The harbour', credit: 'Ada', alt: '' } });
    await a.service.resume();
    await a.service.share([article.id]);
    const b = await client(await perTest.desk.user('bo'));
    await b.service.resume();
    await until(
      async () =>
        await b.assets.read(asset).then(
          () => true,
          () => false,
        ),
      'the picture on B',
    );
    // Compared as buffers: a deep equality over 1.2 million elements takes seconds.
    expect(Buffer.compare((await b.assets.read(asset)).bytes, Buffer.from(bytes))).toBe(0);
    expect((await b.store.get(article.id)).leadImage?.asset).toBe(asset);
    // The open editor hears that it arrived (the lead image field loads it again).
    await until(async () => b.notices.includes(`asset:${asset}`), 'the notice');
  });

  it('keeps nothing whose bytes are not the picture its name says, and the desk refuses a rewrite', async () => {
    const token = await perTest.desk.user('ada', 'chief');
    const fake = `${'ab'.repeat(32)}.png`;
    // A vandal puts other bytes under that name.
    const vandal = await openDocument(openSocket(perTest.desk.url), pictureDocument(fake), token);
    const png = makePng(8, 8);
    vandal.doc.transact(() => {
      const map = vandal.doc.getMap(PICTURE_ROOT);
      map.set('size', png.length);
      map.set('chunks', 1);
      map.set('chunk:0000', png);
    });
    await until(async () => vandal.provider.unsyncedChanges === 0, 'the vandal’s write');
    vandal.doc.getMap(PICTURE_ROOT).set('chunk:0000', new Uint8Array(png.length));
    await until(async () => vandal.refusals.length > 0, 'the refusal');
    expect(vandal.refusals[0]).toMatch(/cannot be changed once written/);
    vandal.close();

    const b = await client(token);
    const article = await b.store.create({ headline: 'Fake', leadImage: { asset: fake, caption: '', credit: '', alt: '' } });
    await b.service.resume();
    await b.service.share([article.id]);
    await until(async () => (await b.service.status()).problems.length > 0, 'the refusal on B');
    expect((await b.service.status()).problems[0]).toMatch(/not the one its story names/);
    await expect(b.assets.read(fake)).rejects.toThrow();
  });
});
