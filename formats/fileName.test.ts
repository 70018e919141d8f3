import { describe, expect, it } from 'vitest';
import { MAX_BASE_NAME_BYTES, safeBaseName, uniqueFileName } from './fileName';

describe('safeBaseName', () => {
  it.each([
    ['putin-backs-maduro', 'putin-backs-maduro'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b\\c', 'a-b-c'],
    ['what? "now": <yes>|*', 'what- -now-- -yes---'],
    ['CON', 'CON-file'],
    ['nul.txt', 'nul.txt-file'],
    ['com1', 'com1-file'],
    ['trailing dots...', 'trailing dots'],
    ['  spaced  out  ', 'spaced out'],
    ['tab\there\u0000null', 'tab-here-null'],
    ['', 'article'],
    ['...', 'article'],
    ['São Paulo café', 'São Paulo café'],
  ])('%j → %j', (raw, safe) => expect(safeBaseName(raw)).toBe(safe));

  it('keeps names within the byte limit without splitting a character', () => {
    const name = safeBaseName('é'.repeat(200));
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_BASE_NAME_BYTES);
    expect(name).toBe('é'.repeat(MAX_BASE_NAME_BYTES / 2));
  });
});

describe('uniqueFileName', () => {
  it('numbers a name that is taken', () => {
    const taken = new Set(['story.html', 'story (2).html']);
    expect(uniqueFileName('story', 'html', (n) => taken.has(n))).toBe('story (3).html');
    expect(uniqueFileName('story', 'md', (n) => taken.has(n))).toBe('story.md');
  });
});

describe('names issue 16 found getting through (item 14)', () => {
  it.each(['con .html', 'CON  .txt', 'lpt1 .md', 'nul .'])('treats %j as the reserved device it is on Windows', (raw) => {
    expect(safeBaseName(raw)).toMatch(/-file$/);
  });

  it.each([
    ['U+061C ARABIC LETTER MARK', 'story\u061c.exe'],
    ['U+180E MONGOLIAN VOWEL SEPARATOR', 'story\u180e.exe'],
  ])('removes %s', (_label, raw) => {
    expect(safeBaseName(raw)).toBe('story.exe');
  });
});
