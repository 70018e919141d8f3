import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndexEntry } from '../../../core/library/indexEntry';

/**
 * The library list when the backend answers out of the order the user acted in (trash.spec under load:
 * the trash's answer waits for settings.json's fsync while the trash list is already shown). A fake
 * backend holds every answer until the test releases it, so each interleaving is played exactly.
 */

interface Pending {
  channel: string;
  which: string | undefined;
  release(): void;
}

const entry = (id: string, trashedAt: string | null = null): IndexEntry => ({
  id,
  slug: id,
  headline: `Story ${id}`,
  section: '',
  status: 'draft',
  tags: [],
  byline: '',
  words: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  publishedAt: null,
  trashedAt,
});

function fakeBackend(ids: string[]) {
  const articles = new Map(ids.map((id) => [id, entry(id)]));
  const pending: Pending[] = [];
  const held = <T>(channel: string, answer: () => T, which?: string) =>
    new Promise<{ ok: true; value: T }>((resolve) =>
      pending.push({ channel, which, release: () => resolve({ ok: true, value: answer() }) }),
    );
  const api = {
    // A list is computed when it is answered.
    listArticles: ({ which, ids }: { which: 'live' | 'trash'; ids?: string[] }) =>
      held(
        'listArticles',
        () => [...articles.values()].filter((e) => (e.trashedAt !== null) === (which === 'trash') && (!ids || ids.includes(e.id))),
        which,
      ),
    // The move happens at once; the answer comes when released (as after the settings write).
    trashArticle: ({ id }: { id: string }) => {
      const trashed = entry(id, '2026-01-02T00:00:00.000Z');
      articles.set(id, trashed);
      return held('trashArticle', () => trashed);
    },
  };
  /** Lets every pending callback run, then answers the oldest call on `channel` (for that list, if named). */
  async function answer(channel: string, which?: 'live' | 'trash'): Promise<void> {
    await settle();
    const index = pending.findIndex((p) => p.channel === channel && (which === undefined || p.which === which));
    if (index < 0) throw new Error(`no pending ${channel}`);
    pending.splice(index, 1)[0]!.release();
    await settle();
  }
  /** A change made elsewhere (a desk's projection): the next answers hold it. */
  const put = (changed: IndexEntry) => articles.set(changed.id, changed);
  return { api, answer, put };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function freshStore(ids: string[]) {
  const backend = fakeBackend(ids);
  vi.stubGlobal('window', { copydesk: backend.api });
  vi.resetModules();
  const { useLibrary } = await import('./libraryStore');
  const first = useLibrary.getState().refresh();
  await backend.answer('listArticles');
  await first;
  return { useLibrary, backend };
}

const idsShown = (state: { entries: IndexEntry[] }) => state.entries.map((e) => e.id);

describe('the library list under answers that arrive late', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a trashed article in the trash list when the trash answers after the trash list was shown', async () => {
    const { useLibrary, backend } = await freshStore(['a', 'b']);
    const trashing = useLibrary.getState().trash('a');
    const showing = useLibrary.getState().showView('trash');
    await backend.answer('listArticles');
    await showing;
    expect(idsShown(useLibrary.getState())).toEqual(['a']);
    const row = useLibrary.getState().entries[0];
    await backend.answer('trashArticle');
    await trashing;
    // Still shown, so a Restore click on its row lands; the same entry, so React keeps the same row.
    expect(idsShown(useLibrary.getState())).toEqual(['a']);
    expect(useLibrary.getState().entries[0]).toEqual(row);
  });

  it('adds the trashed article when the trash list was computed before the move', async () => {
    const { useLibrary, backend } = await freshStore(['a']);
    const showing = useLibrary.getState().showView('trash');
    await backend.answer('listArticles');
    await showing;
    expect(idsShown(useLibrary.getState())).toEqual([]);
    const trashing = useLibrary.getState().trash('a');
    await backend.answer('trashArticle');
    await trashing;
    expect(idsShown(useLibrary.getState())).toEqual(['a']);
  });

  it('still removes a trashed article from the articles list', async () => {
    const { useLibrary, backend } = await freshStore(['a', 'b']);
    const trashing = useLibrary.getState().trash('a');
    await backend.answer('trashArticle');
    await trashing;
    expect(idsShown(useLibrary.getState())).toEqual(['b']);
  });

  it('drops a live list answered after the switch to the trash', async () => {
    const { useLibrary, backend } = await freshStore(['a', 'b']);
    const trashing = useLibrary.getState().trash('b');
    await backend.answer('trashArticle');
    await trashing;
    const late = useLibrary.getState().refresh();
    const showing = useLibrary.getState().showView('trash');
    // The trash list is answered first, then the live list that was requested before it.
    await backend.answer('listArticles', 'trash');
    await backend.answer('listArticles', 'live');
    await Promise.all([late, showing]);
    expect(useLibrary.getState().view).toBe('trash');
    expect(idsShown(useLibrary.getState())).toEqual(['b']);
    expect(useLibrary.getState().loading).toBe(false);
  });
});

describe('rows read again after a desk changed them', () => {
  beforeEach(() => vi.useRealTimers());
  afterEach(() => vi.unstubAllGlobals());

  it('replaces the changed rows in place of the whole list: newer first, one gone from the view dropped', async () => {
    const { useLibrary, backend } = await freshStore(['a', 'b', 'c']);
    backend.put({ ...entry('c'), headline: 'Edited on the desk', updatedAt: '2026-03-01T00:00:00.000Z' });
    backend.put(entry('b', '2026-03-01T00:00:00.000Z'));
    backend.put({ ...entry('n'), updatedAt: '2026-02-01T00:00:00.000Z' });
    const reading = useLibrary.getState().refreshRows(['c', 'b', 'n']);
    await backend.answer('listArticles');
    await reading;
    expect(idsShown(useLibrary.getState())).toEqual(['c', 'n', 'a']);
    expect(useLibrary.getState().entries[0]!.headline).toBe('Edited on the desk');
  });

  it('drops rows answered after a whole list was asked for, which holds them as they are now', async () => {
    const { useLibrary, backend } = await freshStore(['a', 'b']);
    backend.put({ ...entry('b'), headline: 'First edit', updatedAt: '2026-03-01T00:00:00.000Z' });
    const reading = useLibrary.getState().refreshRows(['b']);
    backend.put({ ...entry('b'), headline: 'Second edit', updatedAt: '2026-03-02T00:00:00.000Z' });
    const whole = useLibrary.getState().refresh();
    await backend.answer('listArticles', 'live'); // the row, computed now: the second edit
    await reading;
    await backend.answer('listArticles', 'live');
    await whole;
    expect(
      useLibrary
        .getState()
        .entries.filter((e) => e.id === 'b')
        .map((e) => e.headline),
    ).toEqual(['Second edit']);
  });
});
