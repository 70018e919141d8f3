import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fieldRoot } from '../core/desk/articleDoc';
import { startDeskServer, type RunningDesk } from './server';
import { SqliteDeskStore } from './store/sqliteStore';
import type { DeskStore } from './store/deskStore';
import { openDocument, openSocket, whenDoc, type OpenDocument } from '../testing/desk/deskConnection';
import { hashToken, newToken } from './tokens';
import type { DeskRole } from '../core/desk/roles';

const ARTICLE = 'article:11111111-1111-4111-8111-111111111111';

let store: DeskStore;
let desk: RunningDesk;
let logged: Array<Record<string, unknown>>;
const open: OpenDocument[] = [];

async function user(name: string, role: DeskRole, readOnly = false): Promise<string> {
  const token = newToken();
  await store.addUser({ name, role, readOnly, createdAt: new Date().toISOString() }, hashToken(token));
  return token;
}

async function connect(token: string, name = ARTICLE): Promise<OpenDocument> {
  const doc = await openDocument(openSocket(desk.url), name, token);
  open.push(doc);
  return doc;
}

function share(doc: Y.Doc, owner: string, headline = 'Flood defences hold'): void {
  doc.transact(() => {
    doc.getText(fieldRoot('headline')).insert(0, headline);
    const meta = doc.getMap('meta');
    meta.set('createdAt', '2026-11-29T10:00:00.000Z');
    meta.set('status', 'draft');
    meta.set('owner', owner);
  });
}

/** Resolves when the server has closed the document for the client (a refusal). */
const refused = (doc: OpenDocument): Promise<string> =>
  new Promise((resolve) => {
    if (doc.refusals.length > 0) return resolve(doc.refusals[0]!);
    doc.provider.on('close', () => setImmediate(() => resolve(doc.refusals[0] ?? '')));
  });

beforeEach(async () => {
  store = new SqliteDeskStore(':memory:');
  logged = [];
  desk = await startDeskServer({
    port: 0,
    store,
    recheckMs: 50,
    log: (event, fields) => logged.push({ event, ...fields }),
    limits: { maxUpdateBytes: 64 * 1024, maxConnectionsPerUser: 2 },
  });
});

afterEach(async () => {
  for (const doc of open.splice(0)) doc.close();
  await desk.stop();
  await store.close();
});

describe('desk server', () => {
  it('merges two clients’ edits to one field as text', async () => {
    const chief = await user('ada', 'chief');
    const a = await connect(chief);
    share(a.doc, 'ada', 'Council votes');
    const b = await connect(await user('bo', 'editor'));
    await whenDoc(b.doc, () => b.doc.getText(fieldRoot('headline')).toString() === 'Council votes');
    a.doc.getText(fieldRoot('headline')).insert(0, 'City ');
    b.doc.getText(fieldRoot('headline')).insert(13, ' no');
    const expected = 'City Council votes no';
    await whenDoc(a.doc, () => a.doc.getText(fieldRoot('headline')).toString() === expected);
    await whenDoc(b.doc, () => b.doc.getText(fieldRoot('headline')).toString() === expected);
  });

  it('refuses a wrong token, an unknown document and logs both', async () => {
    await expect(openDocument(openSocket(desk.url), ARTICLE, newToken())).rejects.toThrow(/refused/);
    await expect(openDocument(openSocket(desk.url), 'secrets', await user('cy', 'chief'))).rejects.toThrow(/refused/);
    expect(logged.filter((l) => l.event === 'refused').map((l) => l.reason)).toEqual(['bad token', 'unknown document']);
  });

  it('refuses a reporter’s publish on the server and keeps the status', async () => {
    const a = await connect(await user('ada', 'chief'));
    share(a.doc, 'ada');
    const reporter = await connect(await user('rita', 'reporter'));
    reporter.doc.getMap('meta').set('status', 'published');
    expect(await refused(reporter)).toMatch(/cannot publish/);
    // A later edit by the chief reaches the server and back: the refused status never did.
    a.doc.getText(fieldRoot('headline')).insert(0, '!');
    const check = await connect(await user('chris', 'chief'));
    await whenDoc(check.doc, () => check.doc.getText(fieldRoot('headline')).toString().startsWith('!'));
    expect(check.doc.getMap('meta').get('status')).toBe('draft');
    expect(logged.some((l) => l.event === 'refused' && l.user === 'rita' && l.code === 4403)).toBe(true);
  });

  it('lets a reporter move their own story but not accept suggestions on someone else’s', async () => {
    const rita = await user('rita', 'reporter');
    const own = await connect(rita, 'article:22222222-2222-4222-8222-222222222222');
    share(own.doc, 'rita');
    own.doc.getMap('meta').set('status', 'ready');
    const chief = await connect(await user('ada', 'chief'), 'article:22222222-2222-4222-8222-222222222222');
    await whenDoc(chief.doc, () => chief.doc.getMap('meta').get('status') === 'ready');

    const a = await connect(await user('bo', 'editor'));
    a.doc.transact(() => {
      share(a.doc, 'bo');
      const p = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      p.insert(0, [text]);
      a.doc.getXmlFragment('body').insert(0, [p]);
      text.insert(0, 'Water rose ');
      text.insert(11, 'fast', { insertion: { id: 's1', author: 'bo', date: '2026-11-29T10:00:00Z' } });
    });
    const reporter = await connect(rita);
    const text = (reporter.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.format(11, 4, { insertion: null }); // "accept" the suggestion
    expect(await refused(reporter)).toMatch(/suggestions on someone else/);
  });

  it('refuses a sign-off in another’s name and never stores it; stores one in the signer’s own', async () => {
    const a = await connect(await user('ada', 'chief'));
    share(a.doc, 'ada');
    const at = '2026-11-30T01:00:00.000Z';
    const signOff = (reviewer: string) => ({ reviewer, initials: 'XX', at, status: 'edited', revisionId: null });
    const rita = await connect(await user('rita', 'editor'));
    rita.doc.getMap('review').set(`signOff:${at}:ada`, signOff('ada'));
    expect(await refused(rita)).toMatch(/sign-off must carry your own name \(rita\)/);
    const bo = await connect(await user('bo', 'editor'));
    bo.doc.getMap('review').set(`signOff:${at}:bo`, signOff('bo'));
    await whenStored(ARTICLE, (state) => reviewKeysOf(state).includes(`signOff:${at}:bo`));
    expect(reviewKeysOf((await store.loadDocument(ARTICLE))!)).toEqual([`signOff:${at}:bo`]);
    expect(logged.some((l) => l.event === 'refused' && l.user === 'rita' && l.code === 4403)).toBe(true);
  });

  it('never applies a read-only user’s write', async () => {
    const a = await connect(await user('ada', 'chief'));
    share(a.doc, 'ada');
    const reader = await connect(await user('rae', 'editor', true));
    reader.doc.getText(fieldRoot('headline')).insert(0, 'HACKED ');
    a.doc.getText(fieldRoot('headline')).insert(0, '>');
    const check = await connect(await user('chris', 'chief'));
    await whenDoc(check.doc, () => check.doc.getText(fieldRoot('headline')).toString().startsWith('>'));
    expect(check.doc.getText(fieldRoot('headline')).toString()).toBe('>Flood defences hold');
  });

  it('refuses and logs an oversized update, and does not store it', async () => {
    const a = await connect(await user('ada', 'chief'));
    share(a.doc, 'ada');
    a.doc.getText(fieldRoot('standfirst')).insert(0, 'x'.repeat(100 * 1024));
    expect(await refused(a)).toMatch(/at most 65536 bytes/);
    await whenStored(ARTICLE, (state) => headlineOf(state) === 'Flood defences hold');
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await store.loadDocument(ARTICLE))!);
    expect(stored.getText(fieldRoot('standfirst')).toString()).toBe('');
    const check = await connect(await user('chris', 'chief'));
    expect(check.doc.getText(fieldRoot('standfirst')).toString()).toBe('');
  });

  it('cuts off a removed user’s open connection', async () => {
    const a = await connect(await user('zed', 'editor'));
    await store.removeUser('zed');
    expect(await refused(a)).toMatch(/revoked/);
    expect(logged.some((l) => l.event === 'revoked' && l.user === 'zed')).toBe(true);
  });

  it('shows presence under the authenticated name, whatever the client claims', async () => {
    const a = await connect(await user('ada', 'chief'));
    const b = await connect(await user('bo', 'editor'));
    const seen = new Promise<string>((resolve) => {
      b.provider.awareness!.on('change', () => {
        for (const [clientId, state] of b.provider.awareness!.getStates()) {
          if (clientId === a.doc.clientID && state.user) resolve((state.user as { name: string }).name);
        }
      });
    });
    a.provider.setAwarenessField('user', { name: 'The Editor-in-Chief', color: '#c00' });
    expect(await seen).toBe('ada');
  });

  it('limits connections per user', async () => {
    const token = await user('ada', 'chief');
    await connect(token);
    await connect(token);
    await expect(openDocument(openSocket(desk.url), ARTICLE, token)).rejects.toThrow(/refused/);
    expect(logged.some((l) => String(l.reason).includes('already has 2 connections'))).toBe(true);
  });

  it('stores documents and snapshots, and restores a snapshot as a new change', async () => {
    const token = await user('ada', 'chief');
    const a = await connect(token);
    share(a.doc, 'ada', 'First version');
    await whenStored(ARTICLE, (state) => headlineOf(state) === 'First version');
    const [first] = await store.listSnapshots(ARTICLE);
    expect(first).toMatchObject({ status: 'draft', headline: 'First version' });
    const headline = a.doc.getText(fieldRoot('headline'));
    headline.delete(0, headline.length);
    headline.insert(0, 'Second version');
    a.doc.getMap('meta').set('status', 'editing');
    await whenStored(ARTICLE, (state) => headlineOf(state) === 'Second version');
    expect((await store.listSnapshots(ARTICLE)).map((s) => s.status)).toEqual(['draft', 'editing']);

    const http = desk.url.replace('ws://', 'http://');
    const listed = await fetch(`${http}/api/articles/11111111-1111-4111-8111-111111111111/snapshots`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await listed.json()) as unknown[]).length).toBe(2);
    expect((await fetch(`${http}/api/snapshots/${first!.id}/restore`, { method: 'POST' })).status).toBe(401);
    const restored = await fetch(`${http}/api/snapshots/${first!.id}/restore`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(restored.status).toBe(200);
    await whenDoc(a.doc, () => headline.toString() === 'First version' && a.doc.getMap('meta').get('status') === 'draft');
  });
});

const headlineOf = (state: Uint8Array): string => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getText(fieldRoot('headline')).toString();
};

const reviewKeysOf = (state: Uint8Array): string[] => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return [...doc.getMap('review').keys()];
};

async function whenStored(name: string, check: (state: Uint8Array) => boolean): Promise<void> {
  for (;;) {
    desk.server.hocuspocus.flushPendingStores();
    const state = await store.loadDocument(name);
    if (state && check(state)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('update checks', () => {
  it('refuses an update that does not decode, and leaves the document as it was', async () => {
    const { checkUpdate } = await import('./updatePolicy');
    const doc = new Y.Doc();
    share(doc, 'ada');
    const user = { name: 'ada', role: 'chief' as const, readOnly: false, createdAt: '' };
    expect(() => checkUpdate(doc, ARTICLE, new Uint8Array([255, 255, 255, 255, 7, 1, 2, 3]), user, 1e6, () => 0)).toThrow(
      /could not be decoded/,
    );
    const later = new Y.Doc();
    Y.applyUpdate(later, Y.encodeStateAsUpdate(doc));
    later.getText(fieldRoot('headline')).insert(0, 'Still ');
    expect(() => checkUpdate(doc, ARTICLE, Y.encodeStateAsUpdate(later, Y.encodeStateVector(doc)), user, 1e6, () => 0)).not.toThrow();
  });
});
