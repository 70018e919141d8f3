import { describe, expect, it } from 'vitest';
import { encodeIndexSteps } from './indexCodec';
import { drain, InvertedIndex, type FieldTexts } from './invertedIndex';

/** The index file's writer lends the index's own posting lists instead of copying them (issue 17). */

const texts = (body: string, headline = ''): FieldTexts => ({ body, headline, standfirst: '', meta: '' });

function sample(): InvertedIndex {
  const index = new InvertedIndex();
  index.upsert('a', '2026-01-01', texts('talks ended in Vienna on Tuesday', 'Talks end'));
  index.upsert('b', '2026-01-02', texts('the minister said talks would resume', 'Minister'));
  index.upsert('c', '2026-01-03', texts('Vienna hosts the next round of talks'));
  return index;
}

const encode = (steps: Generator<void, ReturnType<InvertedIndex['toParts']>>) => Buffer.from(drain(encodeIndexSteps(drain(steps))));

describe('the parts the index file is written from', () => {
  it('are the same file whether the lists are lent or copied', () => {
    const index = sample();
    const shared = drain(index.partsSteps({ share: true }));
    expect(shared.slotLimit).toBe(3);
    // Lent: the very arrays the index holds.
    expect(shared.postings[shared.terms.indexOf('talks')]).toBe(index.postingsOf(index.termId('talks')!));
    expect(Buffer.from(drain(encodeIndexSteps(shared)))).toEqual(encode(sample().partsSteps()));
  });

  it('leave out a document saved while the file was being written', () => {
    const index = sample();
    const steps = index.partsSteps({ share: true });
    steps.next(); // paused after the snapshot of documents, as saveIndexFile pauses between slices
    index.upsert('d', '2026-01-04', texts('talks in Vienna again'));
    const bytes = Buffer.from(drain(encodeIndexSteps(drain(steps))));
    expect(bytes).toEqual(encode(sample().partsSteps()));
  });

  it('are copied when a document was replaced or removed, so the tombstones are dropped', () => {
    const index = sample();
    index.remove('b');
    const parts = drain(index.partsSteps({ share: true }));
    expect(parts.slotLimit).toBeUndefined();
    expect(parts.docIds).toEqual(['a', 'c']);
    expect(parts.terms).not.toContain('minister');
    expect(parts.postings[parts.terms.indexOf('talks')]).not.toBe(index.postingsOf(index.termId('talks')!));
  });
});
