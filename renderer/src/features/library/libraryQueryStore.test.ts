import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_SNIPPETS } from '../../../../core/library/firstScreen';
import { GATHER_MS } from './snippetRequests';

/**
 * The library's search box against a fake backend: the first screenful of snippets comes with the
 * results, and rows scrolled or filtered into view ask for theirs.
 */

const snippetOf = (query: string, id: string) => ({ text: `${query} in ${id}`, ranges: [] as Array<[number, number]> });
const SEARCH_DELAY_MS = 120;

function fakeBackend(hitCount: number) {
  const calls: Array<{ channel: string; input: { query: string; ids?: string[]; snippets?: number } }> = [];
  let hold: Promise<void> | null = null;
  const api = {
    searchArticles: async (input: { query: string; limit: number; snippets: number }) => {
      calls.push({ channel: 'searchArticles', input });
      const ids = Array.from({ length: hitCount }, (_, i) => `${input.query}-${i}`);
      return { ok: true, value: { ids, snippets: ids.slice(0, input.snippets).map((id) => snippetOf(input.query, id)) } };
    },
    searchSnippets: async (input: { query: string; ids: string[] }) => {
      calls.push({ channel: 'searchSnippets', input });
      if (hold) await hold;
      return { ok: true, value: input.ids.map((id) => snippetOf(input.query, id)) };
    },
  };
  return { api, calls, holdSnippets: (until: Promise<void>) => (hold = until) };
}

async function storeWith(hitCount: number) {
  const backend = fakeBackend(hitCount);
  vi.stubGlobal('window', { copydesk: backend.api });
  vi.resetModules();
  const { useLibraryQuery } = await import('./libraryQueryStore');
  return { useLibraryQuery, backend };
}

/** Runs the timers due in `ms` and the answers they started. */
async function after(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

describe('search snippets', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('come for the first screenful with the results, and for other rows as they are shown', async () => {
    const { useLibraryQuery, backend } = await storeWith(40);
    useLibraryQuery.getState().setQuery('budget');
    await after(SEARCH_DELAY_MS);
    expect(backend.calls).toEqual([
      { channel: 'searchArticles', input: { query: 'budget', limit: 20_000, snippets: FIRST_SCREEN_SNIPPETS } },
    ]);
    expect(useLibraryQuery.getState().snippets.size).toBe(FIRST_SCREEN_SNIPPETS);

    // A scroll shows rows 6 to 12: only those past the first screenful are asked for.
    const shown = Array.from({ length: 7 }, (_, i) => `budget-${i + 6}`);
    useLibraryQuery.getState().showSnippetsFor(shown);
    await after(GATHER_MS);
    expect(backend.calls[1]).toEqual({
      channel: 'searchSnippets',
      input: { query: 'budget', ids: shown.slice(FIRST_SCREEN_SNIPPETS - 6) },
    });
    const { snippets } = useLibraryQuery.getState();
    for (const id of shown) expect(snippets.get(id)?.text).toBe(`budget in ${id}`);

    // Shown again, nothing is asked again.
    useLibraryQuery.getState().showSnippetsFor(shown);
    await after(GATHER_MS);
    expect(backend.calls).toHaveLength(2);
  });

  it('asks with the query the results answer, and drops an answer a newer search has overtaken', async () => {
    const { useLibraryQuery, backend } = await storeWith(20);
    useLibraryQuery.getState().setQuery('budget');
    await after(SEARCH_DELAY_MS);
    let release = () => {};
    backend.holdSnippets(new Promise<void>((resolve) => (release = resolve)));
    // Typed, not yet run: the rows shown still answer "budget".
    useLibraryQuery.getState().setQuery('budget vote');
    useLibraryQuery.getState().showSnippetsFor(['budget-15']);
    await after(GATHER_MS);
    expect(backend.calls[1]).toEqual({ channel: 'searchSnippets', input: { query: 'budget', ids: ['budget-15'] } });
    // The new search's results arrive before the old snippets do.
    await after(SEARCH_DELAY_MS);
    release();
    await after(0);
    const { hits, snippets } = useLibraryQuery.getState();
    expect(hits?.[0]).toBe('budget vote-0');
    expect(snippets.has('budget-15')).toBe(false);
  });

  it('asks for nothing when there is no search', async () => {
    const { useLibraryQuery, backend } = await storeWith(5);
    useLibraryQuery.getState().showSnippetsFor(['a', 'b']);
    await after(GATHER_MS);
    expect(backend.calls).toEqual([]);
  });
});
