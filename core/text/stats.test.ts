import { describe, expect, it } from 'vitest';
import { articleStats, countWords, readTimeMinutes, WORDS_PER_MINUTE } from './stats';
import { paragraph } from '../article/bodySchema';
import { relatedTeaserNode } from '../article/relatedTeaser';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ["Russia's long-time ally didn't say", 5],
    ['"Vladimir Putin expressed solidarity," the Kremlin says.', 7],
    ['at least 87 people in 22 strikes — 3.5 per cent', 10],
    ['Москва и Каракас', 3],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));
});

describe('read time', () => {
  it('is at least one minute and rounds up', () => {
    expect(readTimeMinutes(0)).toBe(1);
    expect(readTimeMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(readTimeMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
  });

  it('counts body paragraphs and headings, not Related teasers', () => {
    const body = {
      type: 'doc',
      content: [
        paragraph('one two three'),
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'four five' }] },
        relatedTeaserNode({ title: 'not counted at all', url: 'https://x.test' }),
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('six')] }] },
        { type: 'blockquote', content: [paragraph('seven eight')] },
      ],
    };
    expect(articleStats({ body })).toEqual({
      words: 8,
      characters: 'one two three'.length + 'four five'.length + 3 + 'seven eight'.length,
      readMinutes: 1,
    });
  });
});

describe('stats on an unvalidated, very deep body', () => {
  it('counts without overflowing the stack', () => {
    let node: { type: string; content?: unknown[]; text?: string } = { type: 'paragraph', content: [{ type: 'text', text: 'deep words' }] };
    for (let i = 0; i < 50_000; i++) node = { type: 'blockquote', content: [node] };
    expect(articleStats({ body: { type: 'doc', content: [node] } as never }).words).toBe(2);
  });
});

describe('articleStats across saves', () => {
  it('counts a changed paragraph again and reuses none of another body', () => {
    const doc = (...texts: string[]) => ({ type: 'doc', content: texts.map((t) => paragraph(t)) });
    expect(articleStats({ body: doc('one two', 'three four five', 'one two') }).words).toBe(7);
    expect(articleStats({ body: doc('one two', 'three four five six', 'one two') }).words).toBe(8);
    expect(articleStats({ body: doc('one two') }).words).toBe(2);
    expect(articleStats({ body: doc('Москва и Каракас', "don't stop") }).words).toBe(5);
    expect(articleStats({ body: doc('') }).words).toBe(0);
  });
});
