import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { fieldRoot, BODY_ROOT } from '../../core/desk/articleDoc';
import { fragmentToBody } from '../../core/desk/bodyFragment';
import { bodyPlainText } from '../../core/text/bodyText';
import { ArticleStore } from '../store/articleStore';
import { AssetStore } from '../store/assetStore';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { startInProcessDesk, type InProcessDesk } from '../../testing/desk/inProcessDesk';
import { DeskService } from './deskService';
import { DeskNotices } from './deskNotices';
import { DeskEditorLink } from './deskEditorLink';
import { FileTokenVault } from './deskSettings';
import { probeDesk } from './deskProbe';
import { openDocument, openSocket } from '../../testing/desk/deskConnection';
import { openDeskTestLibrary } from '../../testing/desk/deskTestLibrary';

let desk: InProcessDesk;
const cleanups: Array<() => Promise<void>> = [];

beforeEach(async () => {
  desk = await startInProcessDesk();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await desk.stop();
});

interface Client {
  store: ArticleStore;
  service: DeskService;
  link: DeskEditorLink;
  notices: string[];
}

async function client(token: string, connect = true): Promise<Client> {
  const { store, service, notices } = await openDeskTestLibrary('copydesk-desk-link-', cleanups);
  await service.settings.save({ url: desk.url, allowInsecure: false, name: 'Test desk', connect }, token);
  return { store, service, link: new DeskEditorLink(service), notices };
}

/** A window's mirror: the state main gives it, edits sent back through the link as the renderer sends them. */
async function mirror(c: Client, id: string): Promise<Y.Doc> {
  const opened = await c.link.open(id);
  expect(opened).not.toBeNull();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, opened!.state, 'main');
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'main') void c.link.apply(id, update);
  });
  return doc;
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the editor bound to a shared article through main', () => {
  it('does nothing with no desk set: the article is not shared and the editor opens as before', async () => {
    const { dir, cleanup } = await makeTempDataDir('copydesk-desk-link-');
    const store = await ArticleStore.open(dir);
    const service = new DeskService(
      store,
      new AssetStore(store.layout.assets),
      dir,
      FileTokenVault.inDataDir(dir),
      new DeskNotices(),
      () => undefined,
    );
    await service.resume();
    const article = await store.create({ headline: 'Local only' });
    expect(await new DeskEditorLink(service).open(article.id)).toBeNull();
    expect((await service.status()).state).toBe('off');
    await service.close();
    await store.close();
    await cleanup();
  });

  it('carries a window edit to another client live, and theirs back into the open mirror, with the files following', async () => {
    const a = await client(await desk.user('ada'));
    const article = await a.store.create({ headline: 'Flood defences hold', body: paragraph('The river rose overnight.') });
    await a.service.resume();
    const syncA = (await a.service.live())!;
    // Nothing is shared until the user says so; then the article goes with its content.
    expect(await a.link.open(article.id)).toBeNull();
    await a.service.share([article.id]);
    expect(await a.service.sharedIds()).toEqual([article.id]);
    await syncA.whenSettled(10_000);
    const b = await client(await desk.user('bo'));
    await b.service.resume();
    await (await b.service.live())!.whenSettled(10_000);
    expect((await b.store.get(article.id)).headline).toBe('Flood defences hold');

    const docA = await mirror(a, article.id);
    const docB = await mirror(b, article.id);
    // Ada types in the body; Bo changes the headline, at the same time.
    docA.transact(() => ((docA.getXmlFragment(BODY_ROOT).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Overnight: '));
    docB.getText(fieldRoot('headline')).insert(0, 'City ');

    // Each window pulls after a notice naming the article, as the renderer does.
    await until(async () => {
      Y.applyUpdate(docA, (await a.link.pull(article.id, Y.encodeStateVector(docA))).update, 'main');
      return docA.getText(fieldRoot('headline')).toString() === 'City Flood defences hold';
    }, 'the headline in the open editor');
    expect(a.notices).toContain(article.id);
    await until(async () => {
      Y.applyUpdate(docB, (await b.link.pull(article.id, Y.encodeStateVector(docB))).update, 'main');
      return bodyPlainText(fragmentToBody(docB.getXmlFragment(BODY_ROOT))).startsWith('Overnight: ');
    }, 'the body in the other editor');
    // The files are projections of the Y.Doc on both machines: both edits, nothing reverted.
    for (const c of [a, b]) {
      await until(async () => {
        const saved = await c.store.get(article.id);
        return saved.headline === 'City Flood defences hold' && bodyPlainText(saved.body) === 'Overnight: The river rose overnight.';
      }, 'the projection');
    }
  });

  it('projects a burst of typed keys into the file once, and names the changed row in the notice', async () => {
    const a = await client(await desk.user('ada'));
    const article = await a.store.create({ headline: 'Flood defences hold', body: paragraph('The river rose.') });
    await a.service.resume();
    await a.service.share([article.id]);
    await (await a.service.live())!.whenSettled(10_000);
    const doc = await mirror(a, article.id);
    const saves = vi.spyOn(a.store, 'save');
    // The share's own notice (the whole list) is delivered first; from here on, only the typing's.
    await until(() => a.notices.includes('library'), "the share's notice");
    a.notices.splice(0);
    const text = (doc.getXmlFragment(BODY_ROOT).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    for (const key of 'Overnight ') {
      text.insert(text.length, key);
      await new Promise((r) => setTimeout(r, 30));
    }
    await until(async () => bodyPlainText((await a.store.get(article.id)).body) === 'The river rose.Overnight ', 'the projection');
    // Ten keys 30 ms apart, each logged as it came: the file saved once or twice (EDITS_PROJECTED_EVERY_MS),
    // not once a key, and the notices name the row (not the whole list).
    expect(saves.mock.calls.length).toBeLessThanOrEqual(3);
    await until(() => a.notices.includes(`entry:${article.id}`), 'the row notice');
    expect(a.notices).not.toContain('library');
  });

  it('applies a status chosen outside the editor to what the Y.Doc holds, keeping a change just arrived', async () => {
    const a = await client(await desk.user('ada'));
    const article = await a.store.create({ headline: 'Budget passes' });
    await a.service.resume();
    const sync = (await a.service.live())!;
    await a.service.share([article.id]);
    const opened = await a.link.open(article.id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened!.state);
    const before = Y.encodeStateVector(doc);
    doc.getText(fieldRoot('headline')).insert(0, 'Late ');
    await a.link.apply(article.id, Y.encodeStateAsUpdate(doc, before));
    // A file that lags the Y.Doc (a projection not yet run), made certain here by writing it so.
    await sync.whenSettled(10_000);
    await a.store.save({ ...(await a.store.get(article.id)), headline: 'Budget passes' });
    // The file may still say "Budget passes": the status must not bring that back.
    a.notices.splice(0);
    await a.service.changed(article.id, (current) => ({ ...current, status: 'ready' }));
    // An editor open on it hears of the change (it came from main, not from the desk) and pulls it.
    await until(() => a.notices.includes(article.id), 'the notice');
    await sync.whenSettled(10_000);
    const saved = await a.store.get(article.id);
    expect(saved.headline).toBe('Late Budget passes');
    expect(saved.status).toBe('ready');
  });

  it('reports waiting changes offline and sends them when the desk is back', async () => {
    // A desk that keeps its users and documents in a file, so it can come back as it was.
    const { dir: deskDir, cleanup } = await makeTempDataDir('copydesk-desk-db-');
    cleanups.push(cleanup);
    await desk.stop();
    desk = await startInProcessDesk(0, `${deskDir}/desk.sqlite`);
    const token = await desk.user('ada');
    const url = desk.url;
    const a = await client(token);
    const article = await a.store.create({ headline: 'Late winner' });
    await a.service.resume();
    await a.service.share([article.id]);
    await (await a.service.live())!.whenSettled(10_000);
    await desk.stop();
    await until(async () => (await a.service.status()).state === 'offline', 'offline');
    const doc = await mirror(a, article.id);
    doc.getText(fieldRoot('headline')).insert(0, 'A ');
    await until(async () => (await a.service.status()).waiting > 0, 'a change waiting');
    expect((await a.service.status()).waiting).toBeGreaterThan(0);
    desk = await startInProcessDesk(new URL(url).port, `${deskDir}/desk.sqlite`);
    await until(async () => (await a.service.status()).state === 'online', 'back online');
    await until(async () => (await a.service.status()).waiting === 0, 'nothing waiting');
  });
});

describe('Share to desk', () => {
  it('shares many articles one by one, counting in the status, and skips those shared already', async () => {
    const a = await client(await desk.user('ada'));
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await a.store.create({ headline: `Story ${i}` })).id);
    await a.service.resume();
    await a.service.live();
    await a.service.share([ids[0]!]);
    // Each step posts a status notice; the status read then is the progress the status bar shows.
    const seen: Array<Promise<string>> = [];
    const post = a.service.notices.post.bind(a.service.notices);
    a.service.notices.post = (notice) => {
      if (notice === 'status') seen.push(a.service.status().then((s) => (s.sharing ? `${s.sharing.done}/${s.sharing.total}` : 'done')));
      post(notice);
    };
    a.notices.splice(0);
    await a.service.share(ids);
    expect(new Set(await a.service.sharedIds())).toEqual(new Set(ids));
    // The sync's own status notices come in between: the distinct steps, in order, are what counts.
    const steps = (await Promise.all(seen)).filter((step, i, all) => step !== '0/4' && step !== all[i - 1]);
    expect(steps).toEqual(['1/4', '2/4', '3/4', '4/4', 'done']);
    expect((await a.service.status()).sharing).toBeNull();
    expect(a.notices).toContain('library');
    // A second client gets all five; a sixth article, never shared, stays here.
    const hidden = await a.store.create({ headline: 'Not for the desk' });
    await (await a.service.live())!.whenSettled(10_000);
    const b = await client(await desk.user('bo'));
    await b.service.resume();
    await (await b.service.live())!.whenSettled(10_000);
    expect(new Set(b.store.list('live').map((e) => e.id))).toEqual(new Set(ids));
    expect(b.store.list('live').some((e) => e.id === hidden.id)).toBe(false);
  });
});

describe('a restart', () => {
  it('reconnects at start when Settings → Desk says so, with the shared articles still shared, and not after Disconnect', async () => {
    const { dir, cleanup } = await makeTempDataDir('copydesk-desk-restart-');
    cleanups.push(cleanup);
    const token = await desk.user('ada');
    const open = async () => {
      const store = await ArticleStore.open(dir);
      const service = new DeskService(
        store,
        new AssetStore(store.layout.assets),
        dir,
        FileTokenVault.inDataDir(dir),
        new DeskNotices(1),
        () => undefined,
      );
      await service.resume();
      return { store, service, close: async () => (await service.close(), await store.close()) };
    };
    const first = await open();
    await first.service.settings.save({ url: desk.url, allowInsecure: false, name: '', connect: true }, token);
    first.service.start();
    const shared = await first.store.create({ headline: 'Shared' });
    await first.store.create({ headline: 'Private' });
    await first.service.share([shared.id]);
    await first.close();
    // Edited with no desk running (the CLI, say): the edit goes at the next start.
    const offline = await ArticleStore.open(dir);
    await offline.save({ ...(await offline.get(shared.id)), headline: 'Shared, edited' });
    await offline.close();
    const second = await open();
    const sync = await second.service.live();
    expect(sync?.sharedIds).toEqual([shared.id]);
    await sync!.whenSettled(10_000);
    const check = await openDocumentText(shared.id, token);
    expect(check).toBe('Shared, edited');
    await second.service.settings.setConnect(false);
    await second.close();
    const third = await open();
    expect((await third.service.status()).state).toBe('off');
    await third.close();
  });
});

/** The headline the desk holds for an article, read by a client of its own. */
async function openDocumentText(id: string, token: string): Promise<string> {
  const doc = await openDocument(openSocket(desk.url), `article:${id}`, token);
  const text = doc.doc.getText(fieldRoot('headline')).toString();
  doc.close();
  return text;
}

describe('Test connection', () => {
  it('names a wrong token, a closed port and an unencrypted remote address', async () => {
    const bad = `cdk_${'x'.repeat(43)}`;
    expect(await probeDesk({ url: desk.url, token: await desk.user('ada') })).toMatchObject({ ok: true });
    expect(await probeDesk({ url: desk.url, token: bad })).toEqual({
      ok: false,
      message: 'The desk refused your token: it does not know it, or it was revoked. Ask your desk chief for a new one.',
    });
    const closed = `ws://127.0.0.1:${new URL(desk.url).port}`;
    await desk.stop();
    expect((await probeDesk({ url: closed, token: bad })).message).toMatch(/^Nothing is listening at 127\.0\.0\.1:\d+/);
    desk = await startInProcessDesk();
    expect((await probeDesk({ url: 'ws://desk.example.org', token: bad })).message).toMatch(/is not encrypted: use wss:\/\//);
  });
});

function paragraph(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}
