import { describe, expect, it } from 'vitest';
import { formatAbsoluteTime, formatRelativeTime } from './relativeTime';

const NOW = new Date('2025-12-11T12:00:00Z');
const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

describe('formatRelativeTime, past', () => {
  it.each([
    [0, 'just now'],
    [-1 * S, 'just now'],
    [-44 * S, 'just now'],
    [-44.999 * S, 'just now'],
    [-45 * S, '1 minute ago'],
    [-90 * S, '1 minute ago'],
    [-2 * M, '2 minutes ago'],
    [-33 * M, '33 minutes ago'],
    [-(33 * M + 59 * S), '33 minutes ago'],
    [-59 * M, '59 minutes ago'],
    [-(60 * M - 1), '59 minutes ago'],
    [-H, '1 hour ago'],
    [-(2 * H - 1), '1 hour ago'],
    [-2 * H, '2 hours ago'],
    [-(23 * H + 59 * M), '23 hours ago'],
    [-D, 'yesterday'],
    [-(2 * D - 1), 'yesterday'],
    [-2 * D, '2 days ago'],
    [-(7 * D - 1), '6 days ago'],
  ])('%i ms → %s', (offset, text) => expect(formatRelativeTime(at(offset), NOW, 'en')).toBe(text));
});

describe('formatRelativeTime, future (embargoed or scheduled)', () => {
  it.each([
    [30 * S, 'just now'],
    [45 * S, 'in 1 minute'],
    [5 * M, 'in 5 minutes'],
    [5 * M + 30 * S, 'in 5 minutes'],
    [H, 'in 1 hour'],
    [3 * H, 'in 3 hours'],
    [D, 'tomorrow'],
    [3 * D, 'in 3 days'],
  ])('+%i ms → %s', (offset, text) => expect(formatRelativeTime(at(offset), NOW, 'en')).toBe(text));
});

describe('formatRelativeTime, a week or more away', () => {
  it('prints the absolute date, past or future', () => {
    expect(formatRelativeTime(at(-7 * D), NOW, 'en', { timeZone: 'UTC' })).toBe('December 4, 2025');
    expect(formatRelativeTime(new Date('2024-03-01T12:00:00Z'), NOW, 'en', { timeZone: 'UTC' })).toBe('March 1, 2024');
    expect(formatRelativeTime(at(30 * D), NOW, 'en', { timeZone: 'UTC' })).toBe('January 10, 2026');
  });

  it('follows the locale and the time zone', () => {
    expect(formatRelativeTime(at(-10 * D), NOW, 'en-GB', { timeZone: 'UTC' })).toBe('1 December 2025');
    // 23:30 UTC on 1 December is already 2 December in Tokyo.
    const late = new Date('2025-12-01T23:30:00Z');
    expect(formatRelativeTime(late, NOW, 'en-GB', { timeZone: 'Asia/Tokyo' })).toBe('2 December 2025');
  });
});

describe('formatRelativeTime, locales', () => {
  it('defaults to English', () => {
    expect(formatRelativeTime(at(-33 * M), NOW)).toBe('33 minutes ago');
  });

  it('speaks the given language, with its own word for now', () => {
    expect(formatRelativeTime(at(-33 * M), NOW, 'de')).toBe('vor 33 Minuten');
    expect(formatRelativeTime(at(-D), NOW, 'de')).toBe('gestern');
    expect(formatRelativeTime(at(-2 * H), NOW, 'fr')).toBe('il y a 2 heures');
    expect(formatRelativeTime(at(-5 * S), NOW, 'de')).toBe('jetzt');
    expect(formatRelativeTime(at(-5 * S), NOW, 'en-GB')).toBe('just now');
  });

  it('falls back to English for a malformed tag rather than throwing', () => {
    expect(formatRelativeTime(at(-33 * M), NOW, 'not a locale!')).toBe('33 minutes ago');
  });
});

describe('formatRelativeTime, bad input', () => {
  it('is empty for an invalid date', () => {
    expect(formatRelativeTime(new Date('nonsense'), NOW)).toBe('');
    expect(formatRelativeTime(NOW, new Date(Number.NaN))).toBe('');
  });
});

describe('formatAbsoluteTime', () => {
  it('gives the weekday, date, time and zone', () => {
    const text = formatAbsoluteTime(new Date('2025-12-11T11:05:00Z'), 'en-GB', { timeZone: 'Europe/Istanbul' });
    expect(text).toMatch(/^Thursday,? 11 December 2025/);
    expect(text).toContain('14:05');
    expect(text).toContain('GMT+3');
  });

  it('is empty for an invalid date', () => {
    expect(formatAbsoluteTime(new Date('nonsense'))).toBe('');
  });
});
