import { describe, expect, it } from 'vitest';
import { checksArticle } from './articleLanguage';

describe('checksArticle', () => {
  it('checks a story in a ticked language, whatever its region', () => {
    expect(checksArticle('en', ['en-US'])).toBe(true);
    expect(checksArticle('en-GB', ['en-US'])).toBe(true);
    expect(checksArticle('EN-au', ['en-GB', 'de'])).toBe(true);
    expect(checksArticle('', ['en-US'])).toBe(true);
  });

  it('leaves a story in another language unchecked, and nothing is checked with nothing ticked', () => {
    expect(checksArticle('fr', ['en-US', 'en-GB'])).toBe(false);
    expect(checksArticle('ar', ['en-US'])).toBe(false);
    expect(checksArticle('en', [])).toBe(false);
  });
});
