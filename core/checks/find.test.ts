import { describe, expect, it } from 'vitest';
import { findInBlocks, findPattern, replaceInText, type FindOptions } from './find';

const plain: FindOptions = { caseSensitive: false, wholeWord: false, regex: false };
const blocks = [
  { field: 'headline', block: 0, text: 'Kiev talks in Kiev' },
  { field: 'body', block: 0, text: 'Troops left kiev. Kievan Rus was old. A+B' },
];
function find(query: string, options: Partial<FindOptions> = {}, replacement?: string) {
  const pattern = findPattern(query, { ...plain, ...options });
  if (!pattern.ok) throw new Error(pattern.message);
  return findInBlocks(blocks, pattern.pattern, replacement, options.regex ?? false).matches;
}

describe('find', () => {
  it('finds across fields, with case and whole-word options', () => {
    expect(find('kiev')).toHaveLength(4);
    expect(find('kiev', { caseSensitive: true })).toHaveLength(1);
    expect(find('Kiev', { wholeWord: true }).map((m) => `${m.field}:${m.from}`)).toEqual(['headline:0', 'headline:14', 'body:12']);
  });
  it('treats the query literally unless it is a regular expression', () => {
    expect(find('A+B').map((m) => m.from)).toEqual([38]);
    expect(find('Kiev(an)?', { regex: true, caseSensitive: true }).map((m) => m.to - m.from)).toEqual([4, 4, 6]);
  });
  it('expands $1 in a regex replacement and replaces from the end', () => {
    const matches = find('(K)iev', { regex: true, caseSensitive: true }, '$1yiv').filter((m) => m.field === 'headline');
    expect(replaceInText(blocks[0]!.text, matches)).toBe('Kyiv talks in Kyiv');
  });
  it('explains an invalid expression and an empty query', () => {
    expect(findPattern('(a', { ...plain, regex: true })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Not a valid regular expression'),
    });
    expect(findPattern('', plain)).toMatchObject({ ok: false });
  });
  it('skips empty matches instead of looping', () => {
    expect(find('x*', { regex: true })).toEqual([]);
  });
});

describe('find: a bad expression is named in the words the user typed', () => {
  it('names the mistake without the whole-word wrapper', () => {
    const result = findPattern('(Kiev', { caseSensitive: false, wholeWord: true, regex: true });
    expect(result).toEqual({
      ok: false,
      message: 'Not a valid regular expression: Unterminated group. Check the brackets and escapes, or untick Regex.',
    });
  });
});
