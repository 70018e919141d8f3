import { describe, expect, it } from 'vitest';
import { copyAttributes, textDirection } from './direction';

describe('writing direction from the language tag', () => {
  it.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['ur_PK', 'rtl'],
    ['az-Arab', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['en-GB', 'ltr'],
    ['ja', 'ltr'],
    ['', 'ltr'],
  ])('%s reads %s', (tag, dir) => expect(textDirection(tag)).toBe(dir));

  it('gives the copy its language and direction, and no empty language attribute', () => {
    expect(copyAttributes(' ar ')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(copyAttributes('he-Hebr')).toEqual({ lang: 'he-Hebr', dir: 'rtl' });
    expect(copyAttributes('en')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(copyAttributes('')).toEqual({ dir: 'ltr' });
  });
});
