import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraph } from '../../core/article/bodySchema';
import type { Article } from '../../core/article/schema';
import type { LibraryFindQuery } from '../../core/checks/replace/libraryFind';
import { bodyBlocks } from '../../core/text/bodyText';
import { makeTempDataDir } from '../../testing/tempDataDir';
import { ArticleStore } from '../store/articleStore';
import { LibraryFinder } from './libraryFinder';
import { replaceInLibrary } from './libraryReplace';

let dir: string;
let cleanup: () => Promise<void>;
let store: ArticleStore;
let finder: LibraryFinder;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDataDir('copydesk-library-replace-'));
  store = await ArticleStore.open(dir);
  finder = new LibraryFinder({ dataDir: dir, live: () => store.list('live') });
});
afterEach(async () => {
  finder.close();
  await store.close();
  await cleanup();
});

const body = (...texts: string[]) => ({ type: 'doc', content: texts.map(paragraph) });
const query = (q: string, replacement: string, regex = false): LibraryFindQuery => ({
  query: q,
  replacement,
  options: { caseSensitive: false, wholeWord: true, regex },
  fields: ['headline', 'standfirst', 'body', 'caption'],
});
const indexed: Article[] = [];
const deps = () => ({ store, finder, indexed: (a: Article) => indexed.push(a) });

describe('find and replace across the library (backend)', () => {
  it('finds in live articles only, applies the chosen matches, and saves a named version before each change', async () => {
    const a = await store.create({ headline: 'Kiev talks resume', body: body('Delegates met in Kiev.', 'Kiev again.') });
    const b = await store.create({ headline: 'Markets', body: body('Traders in Kiev sold.') });
    const trashed = await store.create({ headline: 'Old Kiev story', body: body('Kiev.') });
    await store.trash(trashed.id);
    const found = await finder.findInLibrary(query('Kiev', 'Kyiv'));
    expect(found.groups.map((g) => g.id).sort()).toEqual([a.id, b.id].sort());
    expect(found.matches).toBe(4);
    const groupA = found.groups.find((g) => g.id === a.id)!;
    expect(groupA.matches[0]).toMatchObject({ field: 'headline', text: 'Kiev', replacement: 'Kyiv', obstacle: null });

    // Untick the second body match of A; take all of B.
    const chosenA = groupA.matches.filter((m) => !(m.field === 'body' && m.block === 1));
    const summary = await replaceInLibrary(deps(), query('Kiev', 'Kyiv'), [
      { id: a.id, updatedAt: groupA.updatedAt, matches: chosenA },
      {
        id: b.id,
        updatedAt: found.groups.find((g) => g.id === b.id)!.updatedAt,
        matches: found.groups.find((g) => g.id === b.id)!.matches,
      },
    ]);
    expect(summary).toMatchObject({ replacements: 3, skipped: [], leftAlone: 0, label: 'Before replace “Kiev” → “Kyiv”' });
    expect(summary.changed.map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
    const after = await store.get(a.id);
    expect(after.headline).toBe('Kyiv talks resume');
    expect(bodyBlocks(after.body)).toEqual(['Delegates met in Kyiv.', 'Kiev again.']);
    expect(indexed.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());

    // The named version holds the text before the replacement: restoring it undoes it.
    const version = (await store.listRevisions(a.id)).find((r) => r.label === summary.label)!;
    expect((await store.getRevision(a.id, version.revisionId)).headline).toBe('Kiev talks resume');
    await store.restoreRevision(a.id, version.revisionId);
    expect((await store.get(a.id)).headline).toBe('Kiev talks resume');
  });

  it('refuses an article saved after the preview and matches the page made up, and trusts only its own replacement', async () => {
    const a = await store.create({ headline: 'Kiev', body: body('In Kiev.') });
    const b = await store.create({ headline: 'Calm', body: body('Nothing here.') });
    const found = await finder.findInLibrary(query('(K)iev', '$1yiv', true));
    const group = found.groups[0]!;
    await store.save({ ...(await store.get(a.id)), standfirst: 'Edited meanwhile' });
    const stale = await replaceInLibrary(deps(), query('(K)iev', '$1yiv', true), [
      { id: a.id, updatedAt: group.updatedAt, matches: group.matches },
    ]);
    expect(stale.changed).toEqual([]);
    expect(stale.skipped[0]?.reason).toMatch(/saved again after the search/);

    const current = await store.get(b.id);
    const madeUp = await replaceInLibrary(deps(), query('(K)iev', '$1yiv', true), [
      { id: b.id, updatedAt: current.updatedAt, matches: [{ field: 'body', block: 0, from: 0, to: 7 }] },
    ]);
    expect(madeUp.skipped[0]?.reason).toMatch(/None of its chosen matches/);
    expect((await store.get(b.id)).body).toEqual(current.body);
  });

  it('explains a bad regular expression and stops a catastrophic one in 1.5 s without blocking this thread', async () => {
    await expect(replaceInLibrary(deps(), query('(a', 'b', true), [])).rejects.toThrow(/Not a valid regular expression/);
    await expect(finder.findInLibrary(query('(a', 'b', true))).rejects.toThrow(/Not a valid regular expression/);
    await store.create({ headline: 'Long', body: body(`${'a'.repeat(40)}!`) });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const started = Date.now();
    await expect(
      finder.findInLibrary({ ...query('(a+)+$', 'x', true), options: { caseSensitive: false, wholeWord: false, regex: true } }),
    ).rejects.toThrow(/stopped after 1.5 s/);
    clearInterval(ticker);
    expect(Date.now() - started).toBeLessThan(30_000);
    // This thread kept running while the worker was stuck (a blocked thread would count no ticks).
    expect(ticks).toBeGreaterThan(10);
    // The next search works: a fresh worker.
    expect((await finder.findInLibrary(query('Long', 'Short'))).matches).toBe(1);
  });

  it('reads the library ahead when the dialog opens; a search asked meanwhile waits for it, and Cancel stops both', async () => {
    await store.create({ headline: 'Kiev', body: body('In Kiev.') });
    finder.warm();
    expect((await finder.findInLibrary(query('Kiev', 'Kyiv'))).matches).toBe(2);
    finder.warm();
    const search = finder.findInLibrary(query('Kiev', 'Kyiv'));
    expect(finder.cancel()).toBe(true);
    await expect(search).rejects.toThrow('Search cancelled.');
    expect((await finder.findInLibrary(query('Kiev', 'Kyiv'))).matches).toBe(2);
  });
});
