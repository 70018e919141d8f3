import type { RevisionMeta, RevisionReason } from './revisionMeta';

const DAY_MS = 86_400_000;

/**
 * How long revisions are kept. Buckets are calendar days and Monday-to-Sunday weeks (shifted by
 * utcOffsetMinutes), not "24 hours before now": a day's survivor then stays the survivor as time passes,
 * instead of being reshuffled every time a revision is pruned.
 */
export interface RetentionPolicy {
  /** Every revision younger than this is kept. */
  keepAllDays: number;
  /** Then the newest revision of each day, until this age. */
  dailyForDays: number;
  /** Then the newest of each week, until this age; null keeps one a week for ever. */
  weeklyForDays: number | null;
  /** Versions the user named are the ones they will come back for. */
  keepLabelled: boolean;
  /** Reasons kept for ever; a migration revision holds the only copy of the file as an older Copydesk wrote it. */
  keepReasons: readonly RevisionReason[];
  /** Where days start, as minutes east of UTC (the user's time zone). */
  utcOffsetMinutes: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  keepAllDays: 7,
  dailyForDays: 90,
  weeklyForDays: null,
  keepLabelled: true,
  keepReasons: ['migration'],
  utcOffsetMinutes: 0,
};

export type RetentionCandidate = Pick<RevisionMeta, 'revisionId' | 'createdAt' | 'label' | 'reason'>;

/**
 * The revisions to delete under the policy, as ids. Pure, so the rules are tested without files. Within a
 * bucket the newest revision survives (the state the day or week ended on); a kept-for-ever revision fills
 * its bucket too, so an older plain one beside it goes.
 */
export function selectRevisionsToPrune(
  revisions: readonly RetentionCandidate[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const nowMs = now.getTime();
  const offsetMs = policy.utcOffsetMinutes * 60_000;
  const seen = new Set<string>();
  const prune: string[] = [];
  const dated = revisions
    .map((r) => ({ r, at: Date.parse(r.createdAt) }))
    .sort((a, b) => b.at - a.at || b.r.revisionId.localeCompare(a.r.revisionId));
  for (const { r, at } of dated) {
    // A revision we cannot date, or one from the future (a clock that was wrong), is never ours to delete.
    if (Number.isNaN(at) || at > nowMs) continue;
    const protectedForEver = (policy.keepLabelled && r.label !== null) || policy.keepReasons.includes(r.reason);
    const age = nowMs - at;
    const day = Math.floor((at + offsetMs) / DAY_MS);
    let bucket: string | null;
    if (age < policy.keepAllDays * DAY_MS) bucket = null;
    else if (age < policy.dailyForDays * DAY_MS) bucket = `d${day}`;
    // 1970-01-01 was a Thursday; adding 3 days makes weeks start on Monday.
    else if (policy.weeklyForDays === null || age < policy.weeklyForDays * DAY_MS) bucket = `w${Math.floor((day + 3) / 7)}`;
    else bucket = 'expired';
    if (protectedForEver || bucket === null) {
      if (bucket !== null) seen.add(bucket);
      continue;
    }
    if (bucket === 'expired' || seen.has(bucket)) prune.push(r.revisionId);
    else seen.add(bucket);
  }
  return prune;
}
