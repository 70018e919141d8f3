import type { DeskRole } from './roles';

/**
 * One key of the `review` or `newsroom` map as an update changed it: its value before and after
 * (undefined when absent). Values are the plain JSON the maps hold (articleExtras.ts).
 */
export interface KeyChange {
  key: string;
  before: unknown;
  after: unknown;
}

export interface ExtrasChange {
  review: readonly KeyChange[];
  newsroom: readonly KeyChange[];
  /**
   * The update that shares the story (the doc had no `createdAt` before it). It carries the story's
   * history as it stands, which the desk did not witness: imported Word comments keep their authors.
   */
  firstShare: boolean;
}

interface Who {
  role: DeskRole;
  /** The desk's name for the connection's token, never a name the client sent. */
  user: string;
  /** The story is the user's own (they own it, or nobody does yet). */
  own: boolean;
}

const field = (value: unknown, name: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
/** Key order aside: a value written back with its keys in another order is no change (and no refusal). */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** A comment's parts anyone may change: the thread's resolved flag, and a field anchor mapped through others' edits. */
const SHARED_COMMENT_PARTS = new Set(['resolved', 'fieldAnchor']);

function commentRefusal(who: Who, { before, after }: KeyChange, firstShare: boolean): string | null {
  if (before === undefined) {
    return firstShare || field(after, 'author') === who.user ? null : `A comment must carry your own name (${who.user}).`;
  }
  if (after === undefined) {
    return field(before, 'author') === who.user || who.role !== 'reporter' ? null : "A reporter cannot delete someone else's comment.";
  }
  if (field(before, 'author') === who.user) return field(after, 'author') === who.user ? null : 'A comment cannot change its author.';
  const parts = new Set([...Object.keys(before as object), ...Object.keys(after as object)]);
  for (const part of parts) {
    if (!SHARED_COMMENT_PARTS.has(part) && !same(field(before, part), field(after, part))) {
      return 'Only its author can edit a comment; others may resolve it.';
    }
  }
  return null;
}

function fieldSuggestionRefusal(who: Who, { before, after }: KeyChange, firstShare: boolean): string | null {
  if (after === undefined) {
    const theirs = field(before, 'author') !== who.user;
    return who.role === 'reporter' && !who.own && theirs ? "A reporter cannot accept or reject suggestions on someone else's story." : null;
  }
  if (firstShare || field(after, 'author') === who.user || (before !== undefined && field(after, 'author') === field(before, 'author'))) {
    return null;
  }
  return `A suggestion must carry your own name (${who.user}).`;
}

function signOffRefusal(who: Who, { key, before, after }: KeyChange, firstShare: boolean): string | null {
  if (before !== undefined) return who.role === 'chief' ? null : 'A sign-off cannot be changed or removed, except by a chief.';
  // A chief sharing a library made before the desk carries its sign-offs; anyone else signs only as themselves.
  if (firstShare && who.role === 'chief') return null;
  if (field(after, 'reviewer') !== who.user || key !== `signOff:${String(field(after, 'at'))}:${who.user}`) {
    return `A sign-off must carry your own name (${who.user}).`;
  }
  return who.role === 'reporter' && !who.own ? "A reporter cannot sign off someone else's story." : null;
}

function reviewRefusal(who: Who, change: KeyChange, firstShare: boolean): string | null {
  if (change.key.startsWith('comment:')) return commentRefusal(who, change, firstShare);
  if (change.key.startsWith('field:')) return fieldSuggestionRefusal(who, change, firstShare);
  if (change.key.startsWith('signOff:')) return signOffRefusal(who, change, firstShare);
  if (change.key === 'editorNote') {
    return firstShare || who.role !== 'reporter' || who.own ? null : "A reporter cannot change the editor's note on someone else's story.";
  }
  return `The desk does not know the review entry "${change.key.slice(0, 40)}".`;
}

function newsroomRefusal(who: Who, { key }: KeyChange): string | null {
  if (who.role !== 'reporter') return null;
  if (key === 'embargoUntil') return 'Only an editor or a chief can set or lift an embargo.';
  if (key === 'withdrawal') return 'Only an editor or a chief can kill or withdraw a story.';
  if (key === 'notes') return who.own ? null : "A reporter cannot change the notes on someone else's story.";
  return null;
}

/**
 * Why a change to the review or newsroom data is refused, or null. Judged, like `refusal` in roles.ts,
 * on the net effect of one update, so a modified client cannot sign in someone else's name, delete
 * their comments, or kill their story.
 */
export function extrasRefusal(role: DeskRole, user: string, own: boolean, change: ExtrasChange): string | null {
  const who: Who = { role, user, own };
  for (const key of change.review) {
    if (same(key.before, key.after)) continue;
    const reason = reviewRefusal(who, key, change.firstShare);
    if (reason) return reason;
  }
  if (change.firstShare) return null;
  for (const key of change.newsroom) {
    if (same(key.before, key.after)) continue;
    const reason = newsroomRefusal(who, key);
    if (reason) return reason;
  }
  return null;
}
