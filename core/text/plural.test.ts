import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it('is singular for exactly one and plural otherwise, with thousands separated', () => {
    expect([0, 1, 2, 12_345].map((n) => countOf(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors', '12,345 errors']);
  });
  it('takes an irregular plural', () => {
    expect([countOf(1, 'entry', 'entries'), countOf(3, 'entry', 'entries'), countOf(1, 'match', 'matches')]).toEqual([
      '1 entry',
      '3 entries',
      '1 match',
    ]);
  });
});
