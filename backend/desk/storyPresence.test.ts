import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { inProcessDeskPerTest } from '../../testing/desk/inProcessDeskPerTest';
import { DeskEditorLink } from './deskEditorLink';
import { readersOf } from './storyPresence';
import { openDeskTestLibrary } from '../../testing/desk/deskTestLibrary';

const perTest = inProcessDeskPerTest();
const { cleanups } = perTest;

async function client(token: string) {
  const { store, service, notices } = await openDeskTestLibrary('copydesk-story-presence-', cleanups);
  await service.settings.save({ url: perTest.desk.url, allowInsecure: false, name: 'Test desk', connect: true }, token);
  await service.resume();
  return { store, service, link: new DeskEditorLink(service), notices };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('who is in a shared story, for the library', () => {
  it("shows a colleague's name on the story they open, and clears it when they close it", async () => {
    const ada = await client(await perTest.desk.user('Ada Lovelace'));
    const story = await ada.store.create({ headline: 'Flood defences hold' });
    const other = await ada.store.create({ headline: 'Not shared' });
    await ada.service.share([story.id]);
    await (await ada.service.live())!.whenSettled(10_000);
    const bo = await client(await perTest.desk.user('Bo Stenberg'));
    await (await bo.service.live())!.whenSettled(10_000);
    expect(ada.service.storyPresence()).toEqual({});

    // Bo's editor opens the story; the name he claims is replaced by the desk with his token's.
    expect(await bo.link.open(story.id)).not.toBeNull();
    await bo.link.setPresence(story.id, { user: { name: 'bo', color: '#1d6fd8' } });
    await until(() => ada.service.storyPresence()[story.id] !== undefined, "Bo's presence on Ada's side");
    expect(ada.service.storyPresence()).toEqual({ [story.id]: [{ name: 'Bo Stenberg', color: '#1d6fd8' }] });
    expect(ada.service.storyPresence()[other.id]).toBeUndefined();
    // Bo's own library does not list him; Ada's window was told to ask again.
    expect(bo.service.storyPresence()).toEqual({});
    await until(() => ada.notices.includes('presence'), 'the presence notice');

    // Bo closes it: gone from Ada's library, and the window is told again.
    ada.notices.length = 0;
    await bo.link.setPresence(story.id, null);
    await until(() => ada.service.storyPresence()[story.id] === undefined, 'Bo leaving the story');
    await until(() => ada.notices.includes('presence'), 'the second presence notice');
  });

  it('ignores clients with no person (other machines syncing the story) and bad colours, and lists each name once', () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState({ user: { name: 'Me', color: '#000000' } });
    const remote = (client: number, state: unknown) => {
      const other = new Awareness(new Y.Doc());
      other.clientID = client;
      other.setLocalState(state as Record<string, unknown>);
      awareness.states.set(client, other.getLocalState()!);
      awareness.meta.set(client, { clock: 1, lastUpdated: Date.now() });
    };
    remote(11, {});
    remote(12, { user: { name: 'Tom Li', color: 'red; background: url(x)' } });
    remote(13, { user: { name: 'Ana Ruiz', color: '#c2255c' } });
    remote(14, { user: { name: 'Ana Ruiz', color: '#c2255c' } });
    remote(15, { user: { name: '   ' } });
    expect(readersOf(awareness)).toEqual([
      { name: 'Ana Ruiz', color: '#c2255c' },
      { name: 'Tom Li', color: '#5f6b7a' },
    ]);
  });
});
