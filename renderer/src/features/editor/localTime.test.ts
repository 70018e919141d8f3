import { afterEach, describe, expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso } from './localTime';

/**
 * The conversions are local-time code, so a machine in UTC proves nothing: each case runs in zones on
 * either side of UTC, one with a half-hour offset and one around a daylight-saving change. Node re-reads
 * the zone whenever process.env.TZ is assigned, and the expected wall time shows the zone really applied.
 */
const ZONES = [
  // 2026-11-28T09:27Z is 04:27 in New York (EST, UTC−5) and 14:57 in Kolkata (UTC+5:30).
  { tz: 'America/New_York', iso: '2026-11-28T09:27:00.000Z', wall: '2026-11-28T04:27' },
  { tz: 'Asia/Kolkata', iso: '2026-11-28T09:27:00.000Z', wall: '2026-11-28T14:57' },
  // New York moved to EDT at 07:00Z on 8 March 2026: 07:30Z is 03:30 EDT, not 02:30 EST.
  { tz: 'America/New_York', iso: '2026-03-08T07:30:00.000Z', wall: '2026-03-08T03:30' },
  { tz: 'UTC', iso: '2026-11-28T09:27:00.000Z', wall: '2026-11-28T09:27' },
] as const;

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(ZONES)('in $tz', ({ tz, iso, wall }) => {
  it(`shows ${iso} as the local wall time ${wall} and reads it back`, () => {
    process.env.TZ = tz;
    expect(isoToLocalInput(iso)).toBe(wall);
    expect(localInputToIso(wall)).toBe(iso);
    expect(localInputToIso(isoToLocalInput(iso))).toBe(iso);
  });
});

it('treats empty and unreadable input as no time', () => {
  process.env.TZ = 'Asia/Kolkata';
  expect(isoToLocalInput(null)).toBe('');
  expect(isoToLocalInput('not a date')).toBe('');
  expect(localInputToIso('')).toBeNull();
  expect(localInputToIso('not a date')).toBeNull();
});
