import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fieldRoot } from '../core/desk/articleDoc';
import { NEWSROOM_ROOT, REVIEW_ROOT } from '../core/desk/articleExtras';
import type { DeskRole } from '../core/desk/roles';
import { checkUpdate } from './updatePolicy';

/**
 * The review and newsroom rules, through `checkUpdate` as the server runs it: each change is made on a
 * client's copy, sent as the update it produces, and kept only if the check lets it through (what
 * Hocuspocus does). A refused change must leave the desk's document as it was.
 */
const ARTICLE = 'article:33333333-3333-4333-8333-333333333333';
const AT = '2026-11-30T01:00:00.000Z';

const comment = (id: string, author: string, text = 'Check this figure') => ({
  id,
  parentId: null,
  author,
  initials: author.slice(0, 2).toUpperCase(),
  date: AT,
  text,
  resolved: false,
  quote: '',
});
const signOff = (reviewer: string, at = AT) => ({ reviewer, initials: 'XX', at, status: 'edited', revisionId: null });

/** The desk's copy of a story Rita shared, with a comment of Bo's and a sign-off of Ada's. */
function deskStory(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getText(fieldRoot('headline')).insert(0, 'Flood defences hold');
    const meta = doc.getMap('meta');
    meta.set('createdAt', '2026-11-29T10:00:00.000Z');
    meta.set('status', 'editing');
    meta.set('owner', 'rita');
    const review = doc.getMap(REVIEW_ROOT);
    review.set('editorNote', '');
    review.set('comment:c1', comment('c1', 'bo'));
    review.set(`signOff:${AT}:ada`, signOff('ada'));
    const newsroom = doc.getMap(NEWSROOM_ROOT);
    newsroom.set('notes', []);
    newsroom.set('embargoUntil', null);
    newsroom.set('withdrawal', null);
  });
  return doc;
}

/** Makes `edit` on a client copy as `name` (role), sends it; returns the refusal, or null once applied to the desk's doc. */
function send(desk: Y.Doc, name: string, role: DeskRole, edit: (client: Y.Doc) => void): string | null {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(desk));
  const before = Y.encodeStateVector(client);
  edit(client);
  const update = Y.encodeStateAsUpdate(client, before);
  try {
    checkUpdate(desk, ARTICLE, update, { name, role, readOnly: false, createdAt: '' }, 1e7, () => 0);
  } catch (error) {
    return (error as Error).message;
  }
  Y.applyUpdate(desk, update);
  return null;
}

const review = (doc: Y.Doc) => doc.getMap<unknown>(REVIEW_ROOT);
const newsroom = (doc: Y.Doc) => doc.getMap<unknown>(NEWSROOM_ROOT);

describe('review rules', () => {
  it('keeps a comment in the writer’s own name and refuses one in another’s', () => {
    const desk = deskStory();
    expect(send(desk, 'rita', 'reporter', (c) => review(c).set('comment:c2', comment('c2', 'ada')))).toMatch(/your own name \(rita\)/);
    expect(review(desk).has('comment:c2')).toBe(false);
    expect(send(desk, 'rita', 'reporter', (c) => review(c).set('comment:c2', comment('c2', 'rita')))).toBeNull();
    expect(review(desk).get('comment:c2')).toMatchObject({ author: 'rita' });
  });

  it('lets anyone resolve a comment, only its author edit it, and not a reporter delete another’s', () => {
    const desk = deskStory();
    const edited = { ...comment('c1', 'bo'), text: 'Bo never said this' };
    expect(send(desk, 'rita', 'reporter', (c) => review(c).set('comment:c1', edited))).toMatch(/Only its author/);
    expect(send(desk, 'rita', 'reporter', (c) => review(c).set('comment:c1', { ...edited, author: 'rita' }))).toMatch(/Only its author/);
    expect(send(desk, 'rita', 'reporter', (c) => review(c).delete('comment:c1'))).toMatch(/cannot delete someone else's comment/);
    expect(review(desk).get('comment:c1')).toMatchObject({ text: 'Check this figure', resolved: false });
    expect(send(desk, 'rita', 'reporter', (c) => review(c).set('comment:c1', { ...comment('c1', 'bo'), resolved: true }))).toBeNull();
    expect(send(desk, 'bo', 'editor', (c) => review(c).set('comment:c1', { ...comment('c1', 'bo'), text: 'Fixed' }))).toBeNull();
    expect(send(desk, 'ed', 'editor', (c) => review(c).delete('comment:c1'))).toBeNull();
    expect(review(desk).has('comment:c1')).toBe(false);
  });

  it('keeps a sign-off only in the signer’s own name, and never lets one be rewritten', () => {
    const desk = deskStory();
    const later = '2026-11-30T01:30:00.000Z';
    expect(send(desk, 'bo', 'editor', (c) => review(c).set(`signOff:${later}:ada`, signOff('ada', later)))).toMatch(/own name \(bo\)/);
    // The key names the signer too: a sign-off filed under another's key is refused.
    expect(send(desk, 'bo', 'editor', (c) => review(c).set(`signOff:${later}:ada`, signOff('bo', later)))).toMatch(/own name/);
    expect(send(desk, 'bo', 'editor', (c) => review(c).delete(`signOff:${AT}:ada`))).toMatch(/cannot be changed or removed/);
    expect(send(desk, 'bo', 'editor', (c) => review(c).set(`signOff:${AT}:ada`, { ...signOff('ada'), status: 'ready' }))).toMatch(
      /cannot be changed/,
    );
    expect([...review(desk).keys()].filter((k) => k.startsWith('signOff:'))).toEqual([`signOff:${AT}:ada`]);
    expect(send(desk, 'bo', 'editor', (c) => review(c).set(`signOff:${later}:bo`, signOff('bo', later)))).toBeNull();
    expect(review(desk).get(`signOff:${later}:bo`)).toMatchObject({ reviewer: 'bo' });
  });

  it('lets a reporter sign off their own story but not someone else’s', () => {
    const desk = deskStory();
    expect(send(desk, 'rita', 'reporter', (c) => review(c).set(`signOff:${AT}:rita`, signOff('rita')))).toBeNull();
    expect(send(desk, 'rex', 'reporter', (c) => review(c).set(`signOff:${AT}:rex`, signOff('rex')))).toMatch(/someone else's story/);
  });

  it('refuses field suggestions in another’s name, and a reporter resolving them on another’s story', () => {
    const desk = deskStory();
    const suggestion = (author: string) => ({ base: 'Flood defences hold', author, date: AT });
    expect(send(desk, 'rex', 'reporter', (c) => review(c).set('field:headline', suggestion('ada')))).toMatch(/your own name \(rex\)/);
    expect(send(desk, 'bo', 'editor', (c) => review(c).set('field:headline', suggestion('bo')))).toBeNull();
    expect(send(desk, 'rex', 'reporter', (c) => review(c).delete('field:headline'))).toMatch(/accept or reject suggestions/);
    expect(send(desk, 'rita', 'reporter', (c) => review(c).delete('field:headline'))).toBeNull();
  });

  it('lets the first share carry its history, but not a sign-off in another’s name unless a chief shares it', () => {
    const share = (doc: Y.Doc, signer: string) =>
      doc.transact(() => {
        doc.getMap('meta').set('createdAt', AT);
        review(doc).set('editorNote', '');
        review(doc).set('comment:w1', comment('w1', 'A Word reviewer'));
        review(doc).set(`signOff:${AT}:${signer}`, signOff(signer));
        newsroom(doc).set('embargoUntil', '2026-12-01T06:00:00.000Z');
      });
    expect(send(new Y.Doc(), 'rita', 'reporter', (c) => share(c, 'ada'))).toMatch(/own name \(rita\)/);
    const mine = new Y.Doc();
    expect(send(mine, 'rita', 'reporter', (c) => share(c, 'rita'))).toBeNull();
    expect(review(mine).get('comment:w1')).toMatchObject({ author: 'A Word reviewer' });
    expect(send(new Y.Doc(), 'ada', 'chief', (c) => share(c, 'old name'))).toBeNull();
    // Taking `createdAt` away would make the next update a first share again.
    expect(send(mine, 'rita', 'reporter', (c) => c.getMap('meta').delete('createdAt'))).toMatch(/cannot be made unshared/);
  });
});

describe('newsroom rules', () => {
  it('lets only an editor or a chief set an embargo or kill a story', () => {
    const desk = deskStory();
    const kill = { kind: 'kill', reason: 'Legal', at: AT };
    expect(send(desk, 'rita', 'reporter', (c) => newsroom(c).set('embargoUntil', '2026-12-01T06:00:00.000Z'))).toMatch(/embargo/);
    expect(send(desk, 'rita', 'reporter', (c) => newsroom(c).set('withdrawal', kill))).toMatch(/kill or withdraw/);
    expect(newsroom(desk).toJSON()).toMatchObject({ embargoUntil: null, withdrawal: null });
    expect(send(desk, 'bo', 'editor', (c) => newsroom(c).set('withdrawal', kill))).toBeNull();
    expect(send(desk, 'ada', 'chief', (c) => newsroom(c).set('embargoUntil', '2026-12-01T06:00:00.000Z'))).toBeNull();
    expect(newsroom(desk).toJSON()).toMatchObject({ embargoUntil: '2026-12-01T06:00:00.000Z', withdrawal: kill });
  });

  it('lets a reporter add notes to their own story only, and set checks aside anywhere', () => {
    const desk = deskStory();
    const note = [{ kind: 'correction', text: 'An earlier version misspelt the river.', at: AT }];
    expect(send(desk, 'rex', 'reporter', (c) => newsroom(c).set('notes', note))).toMatch(/notes on someone else's story/);
    expect(send(desk, 'rita', 'reporter', (c) => newsroom(c).set('notes', note))).toBeNull();
    expect(send(desk, 'rex', 'reporter', (c) => newsroom(c).set('ignoredChecks', ['passive:0']))).toBeNull();
  });

  it('judges the net effect: a value set and put back in one update is no change', () => {
    const desk = deskStory();
    const result = send(desk, 'rita', 'reporter', (c) =>
      c.transact(() => {
        newsroom(c).set('embargoUntil', '2026-12-01T06:00:00.000Z');
        newsroom(c).set('embargoUntil', null);
      }),
    );
    expect(result).toBeNull();
  });

  it('takes a value written back with its keys in another order as no change', () => {
    const desk = deskStory();
    const reordered = Object.fromEntries(Object.entries(signOff('ada')).reverse());
    expect(send(desk, 'bo', 'editor', (c) => review(c).set(`signOff:${AT}:ada`, reordered))).toBeNull();
  });
});
