import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, indentLines, wrapText } from './plainTextExportWrap';

describe('wrapText', () => {
  it('fills each line with as many whole words as fit', () => {
    expect(wrapText('the quick brown fox jumps over the lazy dog', 10)).toEqual([
      'the quick',
      'brown fox',
      'jumps over',
      'the lazy',
      'dog',
    ]);
  });

  it('allows a line of exactly the width', () => {
    expect(wrapText('abcde fghij', 11)).toEqual(['abcde fghij']);
    expect(wrapText('abcde fghij', 10)).toEqual(['abcde', 'fghij']);
  });

  it('never breaks a word that fits on a line, hyphenated or not', () => {
    expect(wrapText('a long-time ally', 10)).toEqual(['a', 'long-time', 'ally']);
  });

  it('cuts a word longer than the width, starting it on its own line', () => {
    expect(wrapText('see https://example.com/a/very/long/path now', 12)).toEqual([
      'see',
      'https://exam',
      'ple.com/a/ve',
      'ry/long/path',
      'now',
    ]);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('ab abcdefgh c', 4)).toEqual(['ab', 'abcd', 'efgh', 'c']);
  });

  it('treats runs of whitespace as one space and drops it at the ends', () => {
    expect(wrapText('  several\t spaces \n and\u00a0breaks  ', 80)).toEqual(['several spaces and breaks']);
    expect(wrapText('', 10)).toEqual([]);
    expect(wrapText('   ', 10)).toEqual([]);
  });

  it('counts what a reader sees: combining accents and flag emoji are one column', () => {
    expect(displayWidth('café')).toBe(4);
    expect(displayWidth('cafe\u0301')).toBe(4);
    expect(displayWidth('🇻🇪')).toBe(1);
    expect(wrapText('cafe\u0301 cafe\u0301', 9)).toEqual(['cafe\u0301 cafe\u0301']);
    expect(wrapText('🇻🇪🇷🇺🇺🇸', 2)).toEqual(['🇻🇪🇷🇺', '🇺🇸']);
  });

  it('refuses a width that is not a positive whole number', () => {
    expect(() => wrapText('x', 0)).toThrow(RangeError);
    expect(() => wrapText('x', 2.5)).toThrow(RangeError);
  });

  it('keeps every word, in order, within the width, and wraps greedily (property)', () => {
    const word = fc.stringMatching(/^[a-zé'’-]{1,15}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.integer({ min: 1, max: 30 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        // Only words longer than the width may be split, so joining the pieces gives back the words.
        expect(lines.join(' ').replace(/ /g, '')).toBe(words.join(''));
        for (let i = 0; i + 1 < lines.length; i += 1) {
          const nextWord = lines[i + 1]!.split(' ')[0]!;
          const couldFit = displayWidth(lines[i]!) + 1 + displayWidth(nextWord) <= width;
          const nextWasCut = !words.includes(nextWord);
          expect(couldFit && !nextWasCut).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('indentLines', () => {
  it('hangs the rest of the lines under the first one and leaves blank lines blank', () => {
    expect(indentLines(['one', 'two', '', 'three'], '1. ')).toEqual(['1. one', '   two', '', '   three']);
    expect(indentLines(['a', 'b'], '> ', '> ')).toEqual(['> a', '> b']);
  });
});
