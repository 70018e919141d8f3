import { describe, expect, it } from 'vitest';
import { fuzzyTerms } from './fuzzyTerms';
import { compareTerms, prefixRange, SortedTerms } from './sortedTerms';

const VOCAB = [
  'budget',
  'budgets',
  'budge',
  'bridget',
  'inflation',
  'inflammation',
  'infiltration',
  'received',
  'receive',
  'recede',
  'the',
  'teh',
  'than',
  'government',
  'governor',
].sort(compareTerms);

function naive(query: string, max: number): string[] {
  return VOCAB.filter((t) => osa(t, query) <= max).sort();
}

function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

function found(query: string, max: number): string[] {
  const out: string[] = [];
  fuzzyTerms(VOCAB, query, max, (i) => out.push(VOCAB[i]!));
  return out.sort();
}

describe('fuzzyTerms', () => {
  it('finds the same terms as a plain edit-distance scan', () => {
    for (const [query, max] of [
      ['budget', 1],
      ['budgte', 1],
      ['recieved', 2],
      ['inflatoin', 2],
      ['goverment', 1],
      ['hte', 1],
      ['xyz', 1],
    ] as const) {
      expect(found(query, max), `${query} within ${max}`).toEqual(naive(query, max));
    }
  });

  it('agrees with the plain scan over a large vocabulary of shared prefixes, within one letter’s range', () => {
    // Over four letters, so long runs share a prefix and the walk's skips cross many terms at once.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const word = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => 'abcd'[Math.floor(random() * 4)]).join('');
    const vocab = [...new Set(Array.from({ length: 6000 }, word))].sort(compareTerms);
    for (let q = 0; q < 60; q++) {
      const query = word();
      const max = q % 3 === 0 ? 2 : 1;
      const [from, to] = q % 2 === 0 ? prefixRange(vocab, query.slice(0, 1)) : [0, vocab.length];
      const walked: string[] = [];
      fuzzyTerms(
        vocab,
        query,
        max,
        (i, distance) => {
          expect(distance).toBe(osa(vocab[i]!, query));
          walked.push(vocab[i]!);
        },
        from,
        to,
      );
      const expected = vocab.slice(from, to).filter((t) => osa(t, query) <= max);
      expect(walked, `${query} within ${max}`).toEqual(expected);
    }
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(found('budgte', 1)).toContain('budget');
    expect(found('teh', 1)).toEqual(expect.arrayContaining(['the', 'teh']));
  });
});

describe('SortedTerms', () => {
  it('merges added terms into order, in small and large batches', () => {
    const list = new SortedTerms();
    const words = Array.from({ length: 9000 }, (_, i) => `w${(i * 7919) % 9000}`);
    words.forEach((w) => list.add(w));
    list.add('aardvark');
    const all = list.all();
    expect(all).toHaveLength(9001);
    expect([...all]).toEqual([...words, 'aardvark'].sort(compareTerms));
    list.add('zz');
    list.add('a');
    expect(list.all()[0]).toBe('a');
    expect(list.all().at(-1)).toBe('zz');
  });

  it('keeps order through batches that grow with the vocabulary, with lookups between them', () => {
    const list = new SortedTerms();
    const words = Array.from({ length: 60_000 }, (_, i) => `t${(i * 104_729) % 60_000}`);
    words.forEach((w, i) => {
      list.add(w);
      // A query in the middle of a build sees every term added so far.
      if (i === 30_000) expect(list.all()).toHaveLength(30_001);
    });
    expect([...list.all()]).toEqual([...words].sort(compareTerms));
  });

  it('gives the range of terms with a prefix', () => {
    const [start, end] = prefixRange(VOCAB, 'budg');
    expect(VOCAB.slice(start, end)).toEqual(['budge', 'budget', 'budgets']);
    expect(prefixRange(VOCAB, 'zzz')[0]).toBe(prefixRange(VOCAB, 'zzz')[1]);
  });
});
