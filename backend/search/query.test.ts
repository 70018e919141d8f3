import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndexSteps, fingerprintOfParts } from './indexCodec';
import { drain } from './invertedIndex';
import { InvertedIndex, type FieldTexts, type IndexParts } from './invertedIndex';
import { expandQuery, runQuery, textWordsIn } from './query';

const doc = (fields: Partial<FieldTexts>): FieldTexts => ({ headline: '', standfirst: '', body: '', meta: '', ...fields });

function library(): InvertedIndex {
  const index = new InvertedIndex();
  index.upsert('h', '1', doc({ headline: 'Budget vote delayed', body: 'Ministers argued late into the night.' }));
  index.upsert('s', '1', doc({ standfirst: 'The budget vote was delayed', body: 'Ministers argued.' }));
  index.upsert('b', '1', doc({ body: 'Later, the budget vote was delayed again, ministers said, after a long night of argument.' }));
  index.upsert('m', '1', doc({ body: 'Nothing to see.', meta: 'POLITICS\nBy Hannah Neltazan\nbudget' }));
  index.upsert('x', '1', doc({ headline: 'Inflation rises', body: 'Prices climbed in Valparaíso.' }));
  return index;
}
const ids = (index: InvertedIndex, q: string) => runQuery(index, q).hits.map((h) => h.id);
const encodeIndex = (parts: IndexParts) => Buffer.from(drain(encodeIndexSteps(parts)));

describe('runQuery', () => {
  it('ranks a headline match above standfirst above body', () => {
    expect(ids(library(), 'budget vote')).toEqual(['h', 's', 'b']);
  });

  it('requires every word', () => {
    expect(ids(library(), 'budget ministers night')).toEqual(['h', 'b']);
    expect(ids(library(), 'budget zebra')).toEqual([]);
  });

  it('matches prefixes of three letters, and of two for the word being typed', () => {
    expect(ids(library(), 'infl')).toEqual(['x']);
    expect(ids(library(), 'in').sort()).toEqual(['h', 'x']);
    // A finished two-letter word (followed by a space) is not expanded: "in" but not "into".
    expect(ids(library(), 'in ')).toEqual(['x']);
  });

  it('forgives typos: one edit from 4 letters, two from 8, swaps included', () => {
    expect(ids(library(), 'budgte')).toContain('h');
    expect(ids(library(), 'inflatoin')).toEqual(['x']);
    // The first letter is taken as typed.
    expect(ids(library(), 'vudget')).toEqual([]);
    expect(ids(library(), 'bud')).toContain('h');
  });

  it('ranks an exact match above a prefix or fuzzy one', () => {
    const index = library();
    index.upsert('p', '1', doc({ headline: 'Budgetary rules' }));
    const hits = runQuery(index, 'budget').hits;
    expect(hits.findIndex((h) => h.id === 'h')).toBeLessThan(hits.findIndex((h) => h.id === 'p'));
  });

  it('forgives typos only while the word as typed finds less than a screenful', () => {
    const index = new InvertedIndex();
    index.upsert('typo', '1', doc({ body: 'The council budged.' }));
    index.upsert('b0', '1', doc({ body: 'The budget.' }));
    expect(ids(index, 'budget ').sort()).toEqual(['b0', 'typo']);
    for (let i = 1; i < 20; i++) index.upsert(`b${i}`, '1', doc({ body: 'The budget.' }));
    expect(ids(index, 'budget ')).not.toContain('typo');
    // A rare word still gets its near-misses, ranked below the word itself.
    expect(ids(index, 'budged ')[0]).toBe('typo');
    expect(ids(index, 'budged ')).toHaveLength(21);
  });

  it('returns only the best hits when given a limit, in the same order', () => {
    const index = new InvertedIndex();
    for (let i = 0; i < 300; i++)
      index.upsert(`d${i}`, '1', doc({ body: `budget ${'word '.repeat(i % 17)}`, headline: i % 5 === 0 ? 'budget' : '' }));
    const all = runQuery(index, 'budget').hits;
    expect(all).toHaveLength(300);
    expect(runQuery(index, 'budget', 10).hits).toEqual(all.slice(0, 10));
  });

  it('searches tags, byline and section, and folds accents', () => {
    expect(ids(library(), 'neltazan')).toEqual(['m']);
    expect(ids(library(), 'politics')).toEqual(['m']);
    expect(ids(library(), 'valparaiso')).toEqual(['x']);
    expect(ids(library(), 'VALPARAÍSO')).toEqual(['x']);
  });

  it('forgets replaced and removed documents', () => {
    const index = library();
    index.upsert('x', '2', doc({ headline: 'Rates hold' }));
    expect(ids(index, 'inflation')).toEqual([]);
    expect(ids(index, 'rates')).toEqual(['x']);
    index.remove('h');
    expect(ids(index, 'budget vote')).toEqual(['s', 'b']);
    expect(index.liveCount).toBe(4);
    expect(index.deadCount).toBe(2);
  });

  it('tells each hit how many query words its standfirst and body hold, as textWordsIn does for one slot', () => {
    const index = library();
    const textWords = (q: string) => Object.fromEntries(runQuery(index, q).hits.map((h) => [h.id, h.textWords]));
    // "h" has both words in its headline only; "s" in its standfirst; "b" in its body.
    expect(textWords('budget vote')).toEqual({ h: 0, s: 2, b: 2 });
    // "m" has "budget" in its tags only; "nothing" is in its body.
    expect(textWords('budget nothing')).toEqual({ m: 1 });
    // A prefix and a typo count by any of their expansions.
    expect(textWords('minist budgte')).toEqual({ h: 1, s: 2, b: 2 });
    const { perWord } = expandQuery(index, 'minist budgte');
    for (const id of ['h', 's', 'b', 'm', 'x']) {
      const expected = runQuery(index, 'minist budgte').hits.find((h) => h.id === id)?.textWords ?? 0;
      expect(textWordsIn(index, perWord, index.slotOf.get(id)!), id).toBe(expected);
    }
  });

  it('returns the matched terms for snippets, and nothing for an empty query', () => {
    const { matched } = runQuery(library(), 'infl budgte');
    expect([...matched.keys()]).toEqual(expect.arrayContaining(['inflation', 'budget']));
    expect(runQuery(library(), '  — ').hits).toEqual([]);
  });
});

describe('index persistence codec', () => {
  it('round-trips an index without its tombstones, and answers the same', () => {
    const index = library();
    index.upsert('x', '2', doc({ headline: 'Inflation rises again', body: 'Prices climbed.' }));
    index.remove('m');
    const parts = index.toParts();
    expect(parts.docIds).toEqual(['h', 's', 'b', 'x']);
    const decoded = decodeIndex(encodeIndex(parts));
    expect(decoded.fingerprint).toBe(fingerprintOfParts(parts));
    const restored = InvertedIndex.fromParts(decoded);
    for (const q of ['budget vote', 'infl', 'prices', 'neltazan']) expect(runQuery(restored, q).hits).toEqual(runQuery(index, q).hits);
    restored.upsert('n', '1', doc({ headline: 'New budget' }));
    expect(ids(restored, 'new budget')).toEqual(['n']);
  });

  it('decodes posting lists only when a query or an update needs them', () => {
    const restored = InvertedIndex.fromParts(decodeIndex(encodeIndex(library().toParts())));
    const budget = restored.termId('budget')!;
    expect(restored.docFrequency(budget)).toBe(4);
    expect(
      runQuery(restored, 'budget')
        .hits.map((h) => h.id)
        .sort(),
    ).toEqual(['b', 'h', 'm', 's']);
    restored.remove('m');
    expect(restored.docFrequency(budget)).toBe(3);
  });

  it('refuses a file that was tampered with or is of another version', () => {
    const file = encodeIndex(library().toParts());
    const version = Buffer.from(file);
    version.writeUInt32LE(99, 8);
    expect(() => decodeIndex(version)).toThrow(/version/);
    const flipped = Buffer.from(file);
    flipped[flipped.length - 3] = flipped[flipped.length - 3]! ^ 1;
    expect(() => decodeIndex(flipped)).toThrow(/Checksum/);
    expect(() => decodeIndex(file.subarray(0, file.length - 1))).toThrow();
    expect(() => decodeIndex(Buffer.from('nonsense'))).toThrow(/Not a search index/);
    const headerEnd = 16 + file.readUInt32LE(12);
    const badHeader = Buffer.concat([file.subarray(0, 16), Buffer.from('{'.padEnd(headerEnd - 16)), file.subarray(headerEnd)]);
    expect(() => decodeIndex(badHeader)).toThrow(/header/);
  });
});
