import { describe, expect, it } from 'vitest';
import { forEachToken, tokenize } from './tokenize';

describe('tokenize', () => {
  it('lower-cases, splits on punctuation and drops lone letters but not lone digits', () => {
    expect(tokenize("Maduro's long-term plan: 5 steps, don't panic!")).toEqual([
      'maduro',
      'long',
      'term',
      'plan',
      '5',
      'steps',
      'don',
      'panic',
    ]);
  });

  it('folds accents so either spelling finds the other', () => {
    expect(tokenize('Valparaíso, São Paulo, Zürich')).toEqual(['valparaiso', 'sao', 'paulo', 'zurich']);
    expect(tokenize('Cafe\u0301')).toEqual(['cafe']);
  });

  it('keeps the offsets of each token in the original text', () => {
    const text = '“Budget” — Ministers’ VOTE';
    const spans: string[] = [];
    forEachToken(text, (term, start, end) => spans.push(`${term}=${text.slice(start, end)}`));
    expect(spans).toEqual(['budget=Budget', 'ministers=Ministers', 'vote=VOTE']);
  });

  it('keeps offsets right when lower-casing changes the length', () => {
    const text = 'İstanbul talks';
    const spans: Array<[string, string]> = [];
    forEachToken(text, (term, start, end) => spans.push([term, text.slice(start, end)]));
    expect(spans).toEqual([
      ['istanbul', 'İstanbul'],
      ['talks', 'talks'],
    ]);
  });

  it('reads letters beyond Latin, and ignores emoji', () => {
    expect(tokenize('Αθήνα Москва 東京 🎉 𝐀bc')).toEqual(['αθηνα', 'москва', '東京', '𝐀bc'.toLowerCase()]);
  });

  it('drops absurdly long runs, which are never words', () => {
    expect(tokenize(`ok ${'x'.repeat(41)} fine`)).toEqual(['ok', 'fine']);
  });
});
