import type * as Y from 'yjs';
import type { Article, Newsroom } from '../article/schema';
import type { Review } from '../review/reviewSchema';

/**
 * The parts of an article beside its text fields and body: review data (comment threads, field
 * suggestions, the editor's note, sign-offs) and newsroom data (embargo, notes, withdrawal, checks
 * set aside). Each lives in a root map, one key per comment, suggestion, sign-off or value, so two
 * people commenting at once both keep their comment; a value chosen twice (an embargo) is last writer wins.
 */
export const REVIEW_ROOT = 'review';
export const NEWSROOM_ROOT = 'newsroom';
const NEWSROOM_KEYS = ['embargoUntil', 'notes', 'withdrawal', 'ignoredChecks'] as const;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function reviewEntries(review: Review): Map<string, unknown> {
  const entries = new Map<string, unknown>([['editorNote', review.editorNote]]);
  for (const comment of review.comments) entries.set(`comment:${comment.id}`, comment);
  for (const [field, suggestion] of Object.entries(review.fields)) if (suggestion) entries.set(`field:${field}`, suggestion);
  for (const signOff of review.signOffs) entries.set(`signOff:${signOff.at}:${signOff.reviewer}`, signOff);
  return entries;
}

/** Brings the map to the entries: changed keys set, keys no longer wanted deleted (inside the caller's transaction). */
function syncMap(map: Y.Map<unknown>, wanted: Map<string, unknown>): void {
  for (const [key, value] of wanted) if (!map.has(key) || !same(map.get(key), value)) map.set(key, value);
  for (const key of [...map.keys()]) if (!wanted.has(key)) map.delete(key);
}

export function writeReview(doc: Y.Doc, review: Review): void {
  syncMap(doc.getMap(REVIEW_ROOT), reviewEntries(review));
}

export function writeNewsroom(doc: Y.Doc, newsroom: Newsroom): void {
  syncMap(doc.getMap(NEWSROOM_ROOT), new Map(NEWSROOM_KEYS.map((key) => [key, newsroom[key]])));
}

/** The review the doc holds; `base`'s when the doc has none (shared by a Copydesk that did not carry it). */
export function readReview(doc: Y.Doc, base: Review): Review {
  const map = doc.getMap<unknown>(REVIEW_ROOT);
  if (!map.has('editorNote')) return base;
  const review: Review = { comments: [], fields: {}, editorNote: String(map.get('editorNote') ?? ''), signOffs: [] };
  // Keys sorted so every client lists them in one order (a map's own order depends on arrival).
  for (const key of [...map.keys()].sort()) {
    const value = map.get(key) as never;
    if (key.startsWith('comment:')) review.comments.push(value);
    else if (key.startsWith('field:')) review.fields[key.slice('field:'.length) as keyof Review['fields']] = value;
    else if (key.startsWith('signOff:')) review.signOffs.push(value);
  }
  // Threads read in the order they were written: by date, then id (dates may be empty for Word comments).
  review.comments.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  review.signOffs.sort((a, b) => a.at.localeCompare(b.at));
  return review;
}

export function readNewsroom(doc: Y.Doc, base: Newsroom): Newsroom {
  const map = doc.getMap<unknown>(NEWSROOM_ROOT);
  if (!map.has('notes')) return base;
  return { ...base, ...Object.fromEntries(NEWSROOM_KEYS.filter((k) => map.has(k)).map((k) => [k, map.get(k)])) } as Newsroom;
}

export type ExtrasOf = Pick<Article, 'review' | 'newsroom'>;
