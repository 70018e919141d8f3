import { describe, expect, it } from 'vitest';
import { cpuMilliseconds } from '../../testing/cpuClock';
import { entryDate, filterEntries } from './filters';
import type { IndexEntry } from './indexEntry';

let n = 0;
function entry(fields: Partial<IndexEntry>): IndexEntry {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    slug: '',
    headline: `Story ${n}`,
    section: 'WORLD',
    status: 'draft',
    tags: [],
    byline: '',
    words: 100,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    publishedAt: null,
    trashedAt: null,
    ...fields,
  };
}

const a = entry({
  headline: 'Budget passes',
  section: 'POLITICS',
  status: 'published',
  tags: ['Budget', 'tax'],
  updatedAt: '2026-03-05T10:00:00.000Z',
  publishedAt: '2026-03-02T09:00:00.000Z',
});
const b = entry({
  headline: 'antarctic ice',
  section: 'Science',
  status: 'draft',
  tags: ['climate'],
  updatedAt: '2026-03-04T10:00:00.000Z',
});
const c = entry({
  headline: 'Cup final',
  section: 'SPORT',
  status: 'ready',
  tags: ['football', 'budget'],
  updatedAt: '2026-02-01T10:00:00.000Z',
});
const d = entry({
  headline: 'Zoo reopens',
  section: 'LOCAL',
  status: 'published',
  tags: [],
  updatedAt: '2026-03-06T10:00:00.000Z',
  publishedAt: '2026-02-20T09:00:00.000Z',
});
const all = [c, a, d, b];
const headlines = (list: IndexEntry[]) => list.map((e) => e.headline);

describe('filterEntries', () => {
  it('with no filter keeps everything, newest change first', () => {
    expect(headlines(filterEntries(all))).toEqual(['Zoo reopens', 'Budget passes', 'antarctic ice', 'Cup final']);
  });

  it('does not reorder or change its input', () => {
    const input = [...all];
    filterEntries(input, { status: ['published'] }, 'headline');
    expect(input).toEqual(all);
  });

  it('keeps any of the given statuses and sections, sections case-insensitively', () => {
    expect(headlines(filterEntries(all, { status: ['published', 'ready'] }))).toEqual(['Zoo reopens', 'Budget passes', 'Cup final']);
    expect(headlines(filterEntries(all, { section: ['science', 'sport'] }))).toEqual(['antarctic ice', 'Cup final']);
    expect(headlines(filterEntries(all, { status: [], section: [] }))).toHaveLength(4);
  });

  it('requires every given tag, case-insensitively', () => {
    expect(headlines(filterEntries(all, { tags: ['budget'] }))).toEqual(['Budget passes', 'Cup final']);
    expect(headlines(filterEntries(all, { tags: ['BUDGET', 'tax'] }))).toEqual(['Budget passes']);
  });

  it('filters on publishedAt, falling back to updatedAt, with a bare "to" day inclusive', () => {
    expect(entryDate(a)).toBe('2026-03-02T09:00:00.000Z');
    expect(entryDate(b)).toBe('2026-03-04T10:00:00.000Z');
    // d was updated in March but published in February, so it files under February.
    expect(headlines(filterEntries(all, { from: '2026-03-01' }))).toEqual(['Budget passes', 'antarctic ice']);
    expect(headlines(filterEntries(all, { to: '2026-02-20' }))).toEqual(['Zoo reopens', 'Cup final']);
    expect(headlines(filterEntries(all, { from: '2026-02-01T10:00:00.000Z', to: '2026-02-01T10:00:00.000Z' }))).toEqual(['Cup final']);
  });

  it('keeps only the ids of a search, combined with the other filters', () => {
    const ids = new Set([a.id, b.id, c.id]);
    expect(headlines(filterEntries(all, { ids }))).toEqual(['Budget passes', 'antarctic ice', 'Cup final']);
    expect(headlines(filterEntries(all, { ids, status: ['draft'] }))).toEqual(['antarctic ice']);
    expect(filterEntries(all, { ids: new Set() })).toEqual([]);
  });

  it('sorts by headline, ignoring case, with numbers in numeric order', () => {
    const nine = entry({ headline: '9 things' });
    const ten = entry({ headline: '10 things' });
    expect(headlines(filterEntries([...all, ten, nine], {}, 'headline'))).toEqual([
      '9 things',
      '10 things',
      'antarctic ice',
      'Budget passes',
      'Cup final',
      'Zoo reopens',
    ]);
  });

  it('sorts by publication, newest first, with the unpublished after by last change', () => {
    expect(headlines(filterEntries(all, {}, 'published'))).toEqual(['Budget passes', 'Zoo reopens', 'antarctic ice', 'Cup final']);
  });

  it('filters 10,000 entries quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      entry({
        status: i % 2 ? 'draft' : 'published',
        tags: i % 3 ? ['x'] : ['y'],
        updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      }),
    );
    const started = cpuMilliseconds();
    const result = filterEntries(many, { status: ['draft'], tags: ['x'], from: '2026-01-02' }, 'headline');
    expect(result.length).toBeGreaterThan(1000);
    expect(cpuMilliseconds() - started).toBeLessThan(500);
  });
});
