import { expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso } from './localTime';

it('round-trips a UTC time through the local datetime input', () => {
  const iso = '2026-11-28T09:27:00.000Z';
  expect(localInputToIso(isoToLocalInput(iso))).toBe(iso);
});

it('treats empty and unreadable input as no time', () => {
  expect(isoToLocalInput(null)).toBe('');
  expect(localInputToIso('')).toBeNull();
  expect(localInputToIso('not a date')).toBeNull();
});
