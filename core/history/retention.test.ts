import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RETENTION, selectRevisionsToPrune, type RetentionCandidate, type RetentionPolicy } from './retention';
import type { RevisionReason } from './revisionMeta';

const DAY = 86_400_000;
const HOUR = 3_600_000;
// A Wednesday noon, UTC.
const NOW = new Date('2026-11-25T12:00:00.000Z');

let seq = 0;
function rev(ageMs: number, extra: { label?: string | null; reason?: RevisionReason; id?: string } = {}): RetentionCandidate {
  seq += 1;
  return {
    revisionId: extra.id ?? `r${seq}`,
    createdAt: new Date(NOW.getTime() - ageMs).toISOString(),
    label: extra.label ?? null,
    reason: extra.reason ?? 'typing',
  };
}
const prune = (revs: RetentionCandidate[], policy?: RetentionPolicy, now = NOW) => new Set(selectRevisionsToPrune(revs, now, policy));
const kept = (revs: RetentionCandidate[], policy?: RetentionPolicy, now = NOW) => {
  const gone = prune(revs, policy, now);
  return revs.filter((r) => !gone.has(r.revisionId)).map((r) => r.revisionId);
};

describe('selectRevisionsToPrune', () => {
  it('prunes nothing from an empty history', () => {
    expect(selectRevisionsToPrune([], NOW)).toEqual([]);
  });

  it('keeps every revision from the last 7 days, however many', () => {
    const revs = Array.from({ length: 200 }, (_, i) => rev(i * 50 * 60_000, { id: `a${i}` }));
    expect(revs.every((r) => Date.parse(r.createdAt) > NOW.getTime() - 7 * DAY)).toBe(true);
    expect(prune(revs).size).toBe(0);
  });

  it('keeps a revision just under 7 days old, and thins one just over when its day has a newer one', () => {
    const day = Math.floor((NOW.getTime() - 7 * DAY - HOUR) / DAY) * DAY;
    const older = { revisionId: 'older', createdAt: new Date(day + 60_000).toISOString(), label: null, reason: 'typing' as const };
    const newer = { revisionId: 'newer', createdAt: new Date(day + 120_000).toISOString(), label: null, reason: 'typing' as const };
    expect(kept([older, newer])).toEqual(['newer']);
    expect(kept([rev(7 * DAY - 1, { id: 'edge' }), rev(7 * DAY - 2, { id: 'edge2' })])).toEqual(['edge', 'edge2']);
  });

  it('keeps the newest revision of each day between 7 and 90 days old', () => {
    // Ten days ago, at 09:00, 13:00 and 17:00 UTC.
    const base = Date.parse('2026-11-15T00:00:00.000Z');
    const at = (h: number, id: string): RetentionCandidate => ({
      revisionId: id,
      createdAt: new Date(base + h * HOUR).toISOString(),
      label: null,
      reason: 'typing',
    });
    expect(kept([at(9, 'morning'), at(13, 'noon'), at(17, 'evening')])).toEqual(['evening']);
  });

  it('keeps one per day across many days', () => {
    const base = Date.parse('2026-10-01T00:00:00.000Z');
    const revs: RetentionCandidate[] = [];
    for (let d = 0; d < 20; d += 1)
      for (let h = 1; h <= 3; h += 1)
        revs.push({
          revisionId: `d${d}h${h}`,
          createdAt: new Date(base + d * DAY + h * HOUR).toISOString(),
          label: null,
          reason: 'typing',
        });
    expect(kept(revs).sort()).toEqual(Array.from({ length: 20 }, (_, d) => `d${d}h3`).sort());
  });

  it('uses calendar days, not 24-hour windows before now', () => {
    // 23:00 and 01:00 are two hours apart but on two days: both survive.
    const late = { revisionId: 'late', createdAt: '2026-11-01T23:00:00.000Z', label: null, reason: 'typing' as const };
    const early = { revisionId: 'early', createdAt: '2026-11-02T01:00:00.000Z', label: null, reason: 'typing' as const };
    expect(kept([late, early]).sort()).toEqual(['early', 'late']);
  });

  it('puts day boundaries in the user’s time zone when told its offset', () => {
    // In UTC all three fall on Nov 1. In UTC+3, 22:00Z and 23:30Z are 01:00 and 02:30 on Nov 2, and 20:00Z is 23:00 on Nov 1.
    const a = { revisionId: 'a', createdAt: '2026-11-01T22:00:00.000Z', label: null, reason: 'typing' as const };
    const b = { revisionId: 'b', createdAt: '2026-11-01T23:30:00.000Z', label: null, reason: 'typing' as const };
    const c = { revisionId: 'c', createdAt: '2026-11-01T20:00:00.000Z', label: null, reason: 'typing' as const };
    expect(kept([a, b, c])).toEqual(['b']);
    expect(kept([a, b, c], { ...DEFAULT_RETENTION, utcOffsetMinutes: 180 }).sort()).toEqual(['b', 'c']);
  });

  it('keeps the newest of each Monday-to-Sunday week beyond 90 days', () => {
    // 2026-06-01 is a Monday.
    const mon = { revisionId: 'mon', createdAt: '2026-06-01T10:00:00.000Z', label: null, reason: 'typing' as const };
    const sun = { revisionId: 'sun', createdAt: '2026-06-07T10:00:00.000Z', label: null, reason: 'typing' as const };
    const nextMon = { revisionId: 'nextMon', createdAt: '2026-06-08T10:00:00.000Z', label: null, reason: 'typing' as const };
    expect(kept([mon, sun, nextMon]).sort()).toEqual(['nextMon', 'sun']);
  });

  it('keeps one a week for years by default', () => {
    const revs = Array.from({ length: 3 * 365 }, (_, i) => rev(100 * DAY + i * DAY, { id: `y${i}` }));
    const survivors = kept(revs);
    expect(survivors.length).toBeGreaterThanOrEqual(Math.floor((3 * 365) / 7));
    expect(survivors.length).toBeLessThanOrEqual(Math.ceil((3 * 365) / 7) + 1);
  });

  it('drops everything unnamed past weeklyForDays when one is set', () => {
    const policy = { ...DEFAULT_RETENTION, weeklyForDays: 365 };
    expect(kept([rev(400 * DAY, { id: 'old' }), rev(400 * DAY + HOUR, { id: 'named', label: 'Final' })], policy)).toEqual(['named']);
  });

  it('keeps labelled versions for ever, and lets them fill their day', () => {
    const base = Date.parse('2026-11-10T00:00:00.000Z');
    const at = (h: number, id: string, label: string | null = null): RetentionCandidate => ({
      revisionId: id,
      createdAt: new Date(base + h * HOUR).toISOString(),
      label,
      reason: 'typing',
    });
    expect(kept([at(9, 'plain'), at(17, 'named', 'As filed')])).toEqual(['named']);
    // A later plain revision is still the day's survivor beside an earlier named one.
    expect(kept([at(9, 'named', 'As filed'), at(17, 'plain')]).sort()).toEqual(['named', 'plain']);
    expect(kept([rev(5000 * DAY, { id: 'ancient', label: 'Launch' })])).toEqual(['ancient']);
  });

  it('does not protect labels when the policy says not to', () => {
    const base = Date.parse('2026-11-10T00:00:00.000Z');
    const named = { revisionId: 'named', createdAt: new Date(base + HOUR).toISOString(), label: 'x', reason: 'label' as const };
    const plain = { revisionId: 'plain', createdAt: new Date(base + 2 * HOUR).toISOString(), label: null, reason: 'typing' as const };
    expect(kept([named, plain], { ...DEFAULT_RETENTION, keepLabelled: false })).toEqual(['plain']);
  });

  it('keeps migration originals for ever by default, and any reason the policy names', () => {
    const old = rev(800 * DAY, { id: 'orig', reason: 'migration' });
    const sameWeek = rev(800 * DAY - HOUR, { id: 'later' });
    expect(kept([old, sameWeek]).sort()).toEqual(['later', 'orig']);
    expect(
      kept([rev(30 * DAY + HOUR, { id: 's1', reason: 'status' }), rev(30 * DAY, { id: 's2', reason: 'typing' })], {
        ...DEFAULT_RETENTION,
        keepReasons: ['status'],
      }).sort(),
    ).toEqual(['s1', 's2']);
  });

  it('never deletes a revision it cannot date, or one from the future', () => {
    const undated = { revisionId: 'undated', createdAt: 'yesterday-ish', label: null, reason: 'typing' as const };
    const future = {
      revisionId: 'future',
      createdAt: new Date(NOW.getTime() + 30 * DAY).toISOString(),
      label: null,
      reason: 'typing' as const,
    };
    expect(prune([undated, future]).size).toBe(0);
  });

  it('breaks a same-millisecond tie by id, whatever order the list is in', () => {
    const t = new Date(NOW.getTime() - 20 * DAY).toISOString();
    const a = { revisionId: '20261105T120000000Z-aaaaaa', createdAt: t, label: null, reason: 'typing' as const };
    const b = { revisionId: '20261105T120000000Z-bbbbbb', createdAt: t, label: null, reason: 'typing' as const };
    expect(kept([a, b])).toEqual([b.revisionId]);
    expect(kept([b, a])).toEqual([b.revisionId]);
  });

  it('honours a custom short policy', () => {
    const policy: RetentionPolicy = {
      keepAllDays: 1,
      dailyForDays: 3,
      weeklyForDays: 10,
      keepLabelled: true,
      keepReasons: [],
      utcOffsetMinutes: 0,
    };
    const revs = [
      rev(HOUR, { id: 'fresh' }),
      rev(2 * HOUR, { id: 'fresh2' }),
      rev(2 * DAY, { id: 'daily' }),
      rev(2 * DAY + 60_000, { id: 'daily-older' }),
      rev(20 * DAY, { id: 'gone' }),
    ];
    const result = kept(revs, policy);
    expect(result).toContain('fresh');
    expect(result).toContain('fresh2');
    expect(result).not.toContain('gone');
    expect(result.filter((id) => id.startsWith('daily'))).toHaveLength(1);
  });

  describe('properties', () => {
    const ageArb = fc.integer({ min: -2 * DAY, max: 800 * DAY });
    const revArb = fc.record({
      age: ageArb,
      labelled: fc.boolean(),
      reason: fc.constantFrom<RevisionReason>('typing', 'status', 'restore', 'import', 'migration', 'label'),
    });
    const historyArb = fc.array(revArb, { maxLength: 120 }).map((list) =>
      list.map((r, i): RetentionCandidate => ({
        revisionId: `p${String(i).padStart(4, '0')}`,
        createdAt: new Date(NOW.getTime() - r.age).toISOString(),
        label: r.labelled ? 'v' : null,
        reason: r.reason,
      })),
    );

    it('never prunes a labelled, migration, recent or the newest revision', () => {
      fc.assert(
        fc.property(historyArb, (revs) => {
          const gone = prune(revs);
          const newest = [...revs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.revisionId.localeCompare(a.revisionId))[0];
          for (const r of revs) {
            if (!gone.has(r.revisionId)) continue;
            expect(r.label).toBeNull();
            expect(r.reason).not.toBe('migration');
            expect(NOW.getTime() - Date.parse(r.createdAt)).toBeGreaterThanOrEqual(7 * DAY);
            expect(r.revisionId).not.toBe(newest?.revisionId);
          }
        }),
      );
    });

    it('is idempotent: pruning what it kept prunes nothing more', () => {
      fc.assert(
        fc.property(historyArb, (revs) => {
          const gone = prune(revs);
          expect(prune(revs.filter((r) => !gone.has(r.revisionId))).size).toBe(0);
        }),
      );
    });

    it('leaves every day (7–90 days) and every week (beyond) that had revisions with one', () => {
      fc.assert(
        fc.property(historyArb, (revs) => {
          const gone = prune(revs);
          const bucketOf = (r: RetentionCandidate) => {
            const at = Date.parse(r.createdAt);
            const age = NOW.getTime() - at;
            const day = Math.floor(at / DAY);
            if (age < 7 * DAY) return null;
            return age < 90 * DAY ? `d${day}` : `w${Math.floor((day + 3) / 7)}`;
          };
          const had = new Set(revs.map(bucketOf).filter((b) => b !== null));
          const has = new Set(revs.filter((r) => !gone.has(r.revisionId)).map(bucketOf));
          for (const bucket of had) expect(has.has(bucket)).toBe(true);
        }),
      );
    });

    it('keeps at most one plain revision per day or week outside the first 7 days', () => {
      fc.assert(
        fc.property(historyArb, (revs) => {
          const gone = prune(revs);
          const counts = new Map<string, number>();
          for (const r of revs) {
            const age = NOW.getTime() - Date.parse(r.createdAt);
            if (gone.has(r.revisionId) || r.label !== null || r.reason === 'migration' || age < 7 * DAY) continue;
            const day = Math.floor(Date.parse(r.createdAt) / DAY);
            const key = age < 90 * DAY ? `d${day}` : `w${Math.floor((day + 3) / 7)}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          for (const count of counts.values()) expect(count).toBe(1);
        }),
      );
    });
  });
});
