import { describe, expect, it } from 'vitest';
import { parseAbsoluteTime } from './absoluteTime';
import { parseRelativeTime } from './relativeTime';
import { classifyTimeLine } from './timeLine';

const now = new Date('2025-12-12T12:00:00.000Z');
const minutesBefore = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

function iso(text: string): string | undefined {
  const reading = parseAbsoluteTime(text, now);
  return reading && 'date' in reading ? reading.date.toISOString() : undefined;
}

describe('parseRelativeTime', () => {
  it.each([
    ['33 minutes ago', 33],
    ['an hour ago', 60],
    ['2 hours ago', 120],
    ['2h ago', 120],
    ['5 mins ago', 5],
    ['a minute ago', 1],
    ['1 day ago', 24 * 60],
    ['just now', 0],
    ['moments ago', 0],
    ['Yesterday', 24 * 60],
    ['About 3 hours ago', 180],
  ])('reads "%s"', (text, minutes) => {
    expect(parseRelativeTime(text, now)?.date.toISOString()).toBe(minutesBefore(minutes));
  });

  it('flags coarse wording but not minutes and hours', () => {
    expect(parseRelativeTime('33 minutes ago', now)?.caution).toBeNull();
    expect(parseRelativeTime('3 days ago', now)?.caution).toMatch(/approximate/);
    expect(parseRelativeTime('yesterday', now)?.caution).toMatch(/without a time/);
    expect(parseRelativeTime('a few minutes ago', now)?.caution).toMatch(/approximate/);
  });

  it('counts months on the calendar', () => {
    expect(parseRelativeTime('2 months ago', now)?.date.toISOString()).toBe('2025-10-12T12:00:00.000Z');
  });

  it('reads "yesterday at 14:05" as that clock time, in UTC, with a warning', () => {
    const reading = parseRelativeTime('Yesterday at 2:05 pm', now);
    expect(reading?.date.toISOString()).toBe('2025-12-11T14:05:00.000Z');
    expect(reading?.caution).toMatch(/UTC/);
  });

  it('leaves sentences alone', () => {
    expect(parseRelativeTime('Two years ago the plant closed.', now)).toBeNull();
    expect(parseRelativeTime('33 minutes', now)).toBeNull();
  });
});

describe('parseAbsoluteTime', () => {
  it.each([
    ['12 December 2025', '2025-12-12T00:00:00.000Z'],
    ['12th of December, 2025', '2025-12-12T00:00:00.000Z'],
    ['December 12, 2025', '2025-12-12T00:00:00.000Z'],
    ['Dec. 12, 2025', '2025-12-12T00:00:00.000Z'],
    ['Dec 12, 2025 14:05 GMT', '2025-12-12T14:05:00.000Z'],
    ['Friday, 12 December 2025 - 14:05 GMT', '2025-12-12T14:05:00.000Z'],
    ['Fri 12 Dec 2025 14.05 GMT', '2025-12-12T14:05:00.000Z'],
    ['14:05 GMT, 12 December 2025', '2025-12-12T14:05:00.000Z'],
    ['Dec 12, 2025 2:05 PM EST', '2025-12-12T19:05:00.000Z'],
    ['12 December 2025 14:05 GMT+3', '2025-12-12T11:05:00.000Z'],
    ['2025-12-12T10:00:00Z', '2025-12-12T10:00:00.000Z'],
    ['2025-12-12T10:00:00.250+03:00', '2025-12-12T07:00:00.250Z'],
    ['2025-12-12', '2025-12-12T00:00:00.000Z'],
    ['12/12/2025', '2025-12-12T00:00:00.000Z'],
    ['25/11/2025', '2025-11-25T00:00:00.000Z'],
    ['11/25/2025', '2025-11-25T00:00:00.000Z'],
    ['12.12.2025 14:05 UTC', '2025-12-12T14:05:00.000Z'],
  ])('reads "%s"', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads day first when day and month could swap, and says so', () => {
    const reading = parseAbsoluteTime('03/04/2025', now);
    expect(reading && 'date' in reading ? reading.date.toISOString() : null).toBe('2025-04-03T00:00:00.000Z');
    expect(reading && 'caution' in reading ? reading.caution : null).toMatch(/day\/month or month\/day/);
  });

  it('reads a time without a zone as UTC, with a warning', () => {
    const reading = parseAbsoluteTime('12 December 2025 14:05', now);
    expect(reading && 'date' in reading ? reading.date.toISOString() : null).toBe('2025-12-12T14:05:00.000Z');
    expect(reading && 'caution' in reading ? reading.caution : null).toMatch(/no time zone/);
  });

  it('assumes the latest year that is not in the future when the year is missing', () => {
    expect(iso('Dec 11')).toBe('2025-12-11T00:00:00.000Z');
    expect(iso('20 December')).toBe('2024-12-20T00:00:00.000Z');
  });

  it('reports impossible dates instead of rolling them over', () => {
    expect(parseAbsoluteTime('31 February 2025', now)).toEqual({ error: expect.stringMatching(/not a real date/) });
    expect(parseAbsoluteTime('12 December 2025 25:00 GMT', now)).toEqual({ error: expect.any(String) });
  });

  it('is not fooled by prose that starts with a number or a month', () => {
    expect(parseAbsoluteTime('3 ministers resigned', now)).toBeNull();
    expect(parseAbsoluteTime('May 2025 be better', now)).toBeNull();
    expect(parseAbsoluteTime('12 December 2025 was a busy day', now)).toBeNull();
  });
});

describe('classifyTimeLine', () => {
  it('keeps the label as the role', () => {
    expect(classifyTimeLine('Published 12/12/2025', now)).toMatchObject({ role: 'published', date: new Date('2025-12-12T00:00:00Z') });
    expect(classifyTimeLine('Updated: 2 hours ago', now)).toMatchObject({ role: 'updated', date: new Date(minutesBefore(120)) });
    expect(classifyTimeLine('Last updated on Dec 12, 2025', now)).toMatchObject({ role: 'updated' });
    expect(classifyTimeLine('33 minutes ago', now)).toMatchObject({ role: 'plain', error: null });
  });

  it('reports a labelled date it cannot read', () => {
    expect(classifyTimeLine('Published: 2025/13/45', now)).toMatchObject({
      date: null,
      error: expect.stringMatching(/not a real date|Could not read/),
    });
    expect(classifyTimeLine('Published 12 Smarch 2025', now)).toMatchObject({ date: null, error: expect.stringMatching(/Could not read/) });
  });

  it('ignores labels that are not about dates', () => {
    expect(classifyTimeLine('Posted by Jane Smith', now)).toBeNull();
    expect(classifyTimeLine('Updated guidance was issued to schools', now)).toBeNull();
  });
});
