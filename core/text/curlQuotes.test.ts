import { describe, expect, it } from 'vitest';
import { curlBodyQuotes, curlQuotes } from './curlQuotes';

describe('curlQuotes', () => {
  it('opens and closes by context, as the editor does while typing', () => {
    expect(curlQuotes('"We will reopen," she said.')).toBe('“We will reopen,” she said.');
    expect(curlQuotes("He said 'no' and left.")).toBe('He said ‘no’ and left.');
    expect(curlQuotes('("Quoted")')).toBe('(“Quoted”)');
    expect(curlQuotes(`"She told me 'never'"`)).toBe('“She told me ‘never’”');
    expect(curlQuotes('a row—"then"')).toBe('a row—“then”');
  });

  it('makes apostrophes of quotes inside words and before figures', () => {
    expect(curlQuotes("Don't ask O'Brien about the '90s or '24.")).toBe('Don’t ask O’Brien about the ’90s or ’24.');
    expect(curlQuotes("the players' union")).toBe('the players’ union');
  });

  it('leaves curly text and text without quotes as it was', () => {
    expect(curlQuotes('“Already” it’s fine')).toBe('“Already” it’s fine');
    expect(curlQuotes('')).toBe('');
  });
});

describe('curlBodyQuotes', () => {
  it('reads a block across its runs, skips code, and curls teaser titles', () => {
    const body = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'He said ' },
            { type: 'text', text: '"stop"', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' and typed ' },
            { type: 'text', text: 'echo "hi"', marks: [{ type: 'code' }] },
          ],
        },
        { type: 'relatedTeaser', attrs: { title: "Russia's 'constant contact'", url: 'https://example.com/a?b="c"' } },
      ],
    };
    expect(curlBodyQuotes(body)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'He said ' },
            { type: 'text', text: '“stop”', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' and typed ' },
            { type: 'text', text: 'echo "hi"', marks: [{ type: 'code' }] },
          ],
        },
        { type: 'relatedTeaser', attrs: { title: 'Russia’s ‘constant contact’', url: 'https://example.com/a?b="c"' } },
      ],
    });
  });
});
