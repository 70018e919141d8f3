import { describe, expect, it } from 'vitest';
import { highlightSegments } from './FieldCommentHighlights';

describe('highlightSegments', () => {
  it('cuts the field where comments start and end, counting overlaps', () => {
    expect(
      highlightSegments('Mayor backs bridge plan', [
        { start: 6, end: 18 },
        { start: 12, end: 23 },
      ]),
    ).toEqual([
      { text: 'Mayor ', depth: 0 },
      { text: 'backs ', depth: 1 },
      { text: 'bridge', depth: 2 },
      { text: ' plan', depth: 1 },
    ]);
  });

  it('ignores deleted (empty) ranges and ranges past the end of the text', () => {
    expect(
      highlightSegments('Short', [
        { start: 2, end: 2 },
        { start: 1, end: 40 },
      ]),
    ).toEqual([{ text: 'Short', depth: 0 }]);
  });
});
