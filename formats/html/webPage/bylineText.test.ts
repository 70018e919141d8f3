import { describe, expect, it } from 'vitest';
import { cleanByline, joinAuthors } from './bylineText';

describe('cleanByline', () => {
  it('keeps the names and drops what pages print around them', () => {
    expect(
      cleanByline(
        'By Sarah E. Needleman Sarah E. Needleman The Wall Street Journal BiographySarah E. Needleman @saraheneedleman Sarah.Needleman@wsj.com',
      ),
    ).toBe('Sarah E. Needleman');
    expect(cleanByline('By Amy Li · 20 Jan')).toBe('Amy Li');
    expect(cleanByline('Dan Goodin - Apr 16, 2015 8:02 pm UTC')).toBe('Dan Goodin');
    expect(cleanByline('  Par   Martin Untersinger  ')).toBe('Martin Untersinger');
  });

  it('returns nothing for what is not a byline', () => {
    expect(cleanByline('')).toBe('');
    expect(cleanByline('12345')).toBe('');
    expect(cleanByline('Photo by: The Associated Press')).toBe('');
    expect(cleanByline('Photograph: Reuters')).toBe('');
    expect(cleanByline(Array.from({ length: 40 }, (_, i) => `Name${i}`).join(' '))).toBe('');
  });

  it('joins several authors the way a byline reads', () => {
    expect(joinAuthors(['Ann Lee'])).toBe('Ann Lee');
    expect(joinAuthors(['Ann Lee', 'Bo Chen'])).toBe('Ann Lee and Bo Chen');
    expect(joinAuthors(['Ann Lee', 'Bo Chen', 'Cy Diaz'])).toBe('Ann Lee, Bo Chen and Cy Diaz');
  });
});
