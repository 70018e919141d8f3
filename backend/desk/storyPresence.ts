import type { Awareness } from 'y-protocols/awareness';
import type { StoryReader } from '../../api/desk';

const COLOR = /^#[0-9a-f]{6}$/i;

/**
 * Who else has a shared story open, from its document's awareness on the desk. Main keeps a provider on
 * every shared article (deskSync.ts), and an editor that opens one sets `user` there (deskEditorLink.ts)
 * and clears it on closing; the desk writes the name from the token, so it is the colleague's real name.
 * Clients with no `user` (every other machine's main, which syncs the story without showing it) are not
 * people in the story. A client that drops off leaves with the awareness timeout or the server's notice.
 */
export function readersOf(awareness: Awareness): StoryReader[] {
  const byName = new Map<string, StoryReader>();
  for (const [client, state] of awareness.getStates()) {
    if (client === awareness.clientID) continue;
    const user = (state as { user?: { name?: unknown; color?: unknown } } | null)?.user;
    if (typeof user?.name !== 'string' || user.name.trim() === '') continue;
    const name = user.name.trim().slice(0, 200);
    // One person with the story open twice (two windows, two machines) is shown once.
    byName.set(name, { name, color: typeof user.color === 'string' && COLOR.test(user.color) ? user.color : '#5f6b7a' });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The stories someone else has open, by article id (stories nobody else has open are left out). */
export function storyPresence(awarenessById: Iterable<[string, Awareness | null | undefined]>): Record<string, StoryReader[]> {
  const result: Record<string, StoryReader[]> = {};
  for (const [id, awareness] of awarenessById) {
    if (!awareness) continue;
    const readers = readersOf(awareness);
    if (readers.length > 0) result[id] = readers;
  }
  return result;
}
