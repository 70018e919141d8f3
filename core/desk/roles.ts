import type { ArticleMeta } from './articleDoc';

/**
 * Desk roles. A reporter files and edits copy; an editor also accepts suggestions and moves stories
 * through the desk; a chief also publishes and manages the desk. Read-only is a connection property
 * (a chief may hand out a read-only token), not a role.
 */
export const DESK_ROLES = ['reporter', 'editor', 'chief'] as const;
export type DeskRole = (typeof DESK_ROLES)[number];

export const isDeskRole = (value: string): value is DeskRole => (DESK_ROLES as readonly string[]).includes(value);

/** Statuses only an editor or chief may set on a story that is not the reporter's own. */
const DESK_STATUSES = new Set(['ready', 'published']);

export interface ChangeFacts {
  before: Partial<ArticleMeta>;
  after: Partial<ArticleMeta>;
  /** Suggestion marks present before and gone after, i.e. accepted or rejected (issue 14's marks). */
  resolvedSuggestions: number;
}

/** The story is the user's own: they own it, or nobody does yet. */
export function isOwn(user: string, change: Pick<ChangeFacts, 'before' | 'after'>): boolean {
  const owner = change.before.owner ?? change.after.owner;
  return owner === undefined || owner === user;
}

/**
 * Why the change is refused, or null when the role allows it. Checked by the server on the net effect
 * of every incoming update, so a modified client cannot do what its UI would not offer.
 */
export function refusal(role: DeskRole, user: string, change: ChangeFacts): string | null {
  const own = isOwn(user, change);
  // A story without `createdAt` is being shared for the first time, which carries its history unchecked
  // (extrasRoles.ts): taking it away would reopen that door.
  if (change.before.createdAt !== undefined && change.after.createdAt === undefined) {
    return 'A shared story cannot be made unshared.';
  }
  if (
    change.after.owner !== change.before.owner &&
    role !== 'chief' &&
    (change.before.owner !== undefined || change.after.owner !== user)
  ) {
    return 'Only a chief can change who owns a story.';
  }
  if (change.after.status !== change.before.status) {
    if (change.after.status === 'published' || change.before.status === 'published') {
      if (role !== 'chief') return `A ${role} cannot publish or unpublish a story; ask a chief.`;
    } else if (
      role === 'reporter' &&
      !own &&
      (DESK_STATUSES.has(change.after.status ?? '') || DESK_STATUSES.has(change.before.status ?? ''))
    ) {
      return "A reporter cannot move someone else's story to or from Ready.";
    }
  }
  // A story shared for the first time goes from no value to null ("not published"): that sets nothing.
  if ((change.after.publishedAt ?? null) !== (change.before.publishedAt ?? null) && role !== 'chief') {
    return `A ${role} cannot set the publication time.`;
  }
  if (role === 'reporter' && !own && change.resolvedSuggestions > 0) {
    return "A reporter cannot accept or reject suggestions on someone else's story.";
  }
  return null;
}
