import { describe, expect, it } from 'vitest';
import { LEAD_IN_CHARS, makeSnippet } from './snippet';

const marked = (s: { text: string; ranges: Array<[number, number]> }) => s.ranges.map(([a, b]) => s.text.slice(a, b));
const words = (n: number, word = 'filler') => Array.from({ length: n }, () => word).join(' ');

describe('makeSnippet', () => {
  it('returns plain text with the ranges of the matched words', () => {
    const s = makeSnippet('The Budget passed. Ministers backed the budget.', new Map([['budget', 0]]));
    expect(s.text).toBe('The Budget passed. Ministers backed the budget.');
    expect(marked(s)).toEqual(['Budget', 'budget']);
  });

  it('cuts a window of about 25 words around the matches, with ellipses', () => {
    const text = `${words(60)} the zebra crossing referendum passed ${words(60)}.`;
    const s = makeSnippet(
      text,
      new Map([
        ['zebra', 0],
        ['crossing', 1],
        ['referendum', 2],
      ]),
    );
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.split(' ').length).toBeLessThanOrEqual(26);
    expect(marked(s)).toEqual(['zebra', 'crossing', 'referendum']);
    // A few words of lead-in, then the match: the start of the line shows it.
    expect(s.text).toMatch(/^…filler the zebra/);
  });

  it('never cuts the line before its match: the first match is within the first characters, wherever it falls', () => {
    const long = 'internationally'; // long words make the lead-in stop early
    for (const [before, after, filler] of [
      [60, 60, 'filler'],
      [3, 60, 'filler'],
      [60, 0, 'filler'],
      [200, 200, long],
      [0, 10, long],
    ] as const) {
      const text = `${words(before, filler)} the zebra ${words(after, filler)}`.trim();
      const s = makeSnippet(text, new Map([['zebra', 0]]));
      expect(marked(s)).toEqual(['zebra']);
      const [start] = s.ranges[0]!;
      expect(start, `${before} words before, ${after} after: "${s.text.slice(0, 60)}"`).toBeLessThanOrEqual(
        1 + LEAD_IN_CHARS + long.length,
      );
    }
  });

  it('keeps a later query word in the window when it can', () => {
    const text = `${words(40)} budget ${words(20)} vote ${words(40)}`;
    const s = makeSnippet(
      text,
      new Map([
        ['budget', 0],
        ['vote', 1],
      ]),
    );
    expect(marked(s)).toEqual(['budget', 'vote']);
    expect(s.ranges[0]![0]).toBeLessThanOrEqual(1 + LEAD_IN_CHARS);
  });

  it('prefers the window that covers the most different query words', () => {
    const text = `budget budget budget budget ${words(40)} budget vote ${words(40)}`;
    const s = makeSnippet(
      text,
      new Map([
        ['budget', 0],
        ['vote', 1],
      ]),
    );
    expect(marked(s)).toContain('vote');
  });

  it('collapses paragraph breaks and keeps closing punctuation', () => {
    const s = makeSnippet('“Rain!”\n\nFloods followed.', new Map([['floods', 0]]));
    expect(s.text).toBe('“Rain!” Floods followed.');
    expect(marked(s)).toEqual(['Floods']);
  });

  it('starts at the beginning when nothing matches, and copes with empty text', () => {
    expect(makeSnippet(`${words(30, 'alpha')}`, new Map([['zulu', 0]])).text).toMatch(/^alpha alpha .*…$/);
    expect(makeSnippet('', new Map())).toEqual({ text: '', ranges: [] });
    expect(makeSnippet('— …', new Map())).toEqual({ text: '— …', ranges: [] });
  });

  it('stops reading once the window holds every query word the index says the text has', () => {
    // "zebra" matched the story elsewhere (its headline): the text holds one query word of two.
    const text = `${words(10)} budget ${words(40)} budget budget ${words(100)}`;
    const both = new Map([
      ['budget', 0],
      ['zebra', 1],
    ]);
    // Read to the end, the window with two matches wins; told that one word is all there is, the scan
    // ends after the first window that holds it, as a one-word query's always did.
    expect(marked(makeSnippet(text, both))).toEqual(['budget', 'budget']);
    const hinted = makeSnippet(text, both, 25, 1);
    expect(hinted).toEqual(makeSnippet(text, new Map([['budget', 0]])));
    expect(marked(hinted)).toEqual(['budget']);
    expect(hinted.text.endsWith('…')).toBe(true);
  });

  it('with no query word in the text, takes its opening words without reading the rest', () => {
    const zebra = new Map([['zebra', 0]]);
    for (const text of [`${words(10)} zebra ${words(100)}`, words(25), words(26), 'Short.'])
      expect(makeSnippet(text.replace('zebra', 'filler'), zebra, 25, 0)).toEqual(makeSnippet(text.replace('zebra', 'filler'), zebra));
    // A text the index has not seen yet may hold the word after all: it is not looked for past the opening.
    expect(marked(makeSnippet(`${words(10)} zebra ${words(100)}`, zebra, 25, 0))).toEqual(['zebra']);
    expect(marked(makeSnippet(`${words(30)} zebra ${words(100)}`, zebra, 25, 0))).toEqual([]);
  });

  it('matches accented text by its folded term', () => {
    const s = makeSnippet('Vote in Valparaíso today', new Map([['valparaiso', 0]]));
    expect(marked(s)).toEqual(['Valparaíso']);
  });
});
