import * as Y from 'yjs';
import { readMeta } from '../core/desk/articleDoc';
import { ARTICLE_DOCUMENT } from '../core/desk/indexDoc';
import { suggestionIds } from '../core/desk/reviewMarks';
import { NEWSROOM_ROOT, REVIEW_ROOT } from '../core/desk/articleExtras';
import { extrasRefusal, type KeyChange } from '../core/desk/extrasRoles';
import { isOwn, refusal } from '../core/desk/roles';
import { PICTURE_DOCUMENT, pictureEntries, pictureRewrite } from '../core/desk/pictureDoc';
import type { DeskUser } from './store/deskStore';

/** A refused change: the close code and reason the client sees, and the line the server logs. */
export class RefusedUpdate extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export const REFUSED_FORBIDDEN = 4403;
export const REFUSED_MALFORMED = 4400;
export const REFUSED_TOO_LARGE = 4413;
export const REFUSED_RATE = 4429;

/**
 * Each loaded document has a shadow copy the checks run on, kept in step by the document's own updates
 * (whatever their source: a client, Redis, a restore). Checking an update costs applying it once more,
 * not copying the document.
 */
const shadows = new WeakMap<Y.Doc, Y.Doc>();

function shadowOf(document: Y.Doc): Y.Doc {
  let shadow = shadows.get(document);
  if (!shadow) {
    const made = new Y.Doc();
    Y.applyUpdate(made, Y.encodeStateAsUpdate(document));
    document.on('update', (update: Uint8Array) => Y.applyUpdate(made, update));
    document.on('destroy', () => made.destroy());
    shadows.set(document, made);
    shadow = made;
  }
  return shadow;
}

/** After a refusal the shadow holds the refused change: start again from the document. */
function dropShadow(document: Y.Doc): void {
  shadows.get(document)?.destroy();
  shadows.delete(document);
}

/**
 * Checks one incoming Yjs update against the document as it stands, before Hocuspocus applies it: a
 * malformed update, one that would make the document too large, or one whose net effect the user's role
 * does not allow is refused and never reaches the document or the store. Checking the net effect (not
 * each operation) lets a client that set a status and set it back sync its history.
 */
export function checkUpdate(
  document: Y.Doc,
  documentName: string,
  update: Uint8Array,
  user: DeskUser,
  maxDocumentBytes: number,
  documentBytes: () => number,
): void {
  if (documentBytes() + update.byteLength > maxDocumentBytes) {
    throw new RefusedUpdate(REFUSED_TOO_LARGE, `The document would grow past ${maxDocumentBytes} bytes.`);
  }
  const scratch = shadowOf(document);
  const articleDoc = ARTICLE_DOCUMENT.test(documentName);
  const pictureBefore = PICTURE_DOCUMENT.test(documentName) ? pictureEntries(scratch) : null;
  const before = articleDoc ? readMeta(scratch) : {};
  const suggestionsBefore = articleDoc && user.role === 'reporter' ? suggestionIds(scratch) : null;
  const review = articleDoc ? watchKeys(scratch.getMap(REVIEW_ROOT)) : null;
  const newsroom = articleDoc ? watchKeys(scratch.getMap(NEWSROOM_ROOT)) : null;
  try {
    Y.applyUpdate(scratch, update);
  } catch {
    dropShadow(document);
    throw new RefusedUpdate(REFUSED_MALFORMED, 'The update could not be decoded.');
  } finally {
    review?.stop();
    newsroom?.stop();
  }
  const rewrite = pictureBefore && pictureRewrite(pictureBefore, scratch);
  if (rewrite) {
    dropShadow(document);
    throw new RefusedUpdate(REFUSED_FORBIDDEN, rewrite);
  }
  if (!articleDoc) return;
  let resolved = 0;
  if (suggestionsBefore) {
    const after = suggestionIds(scratch);
    for (const id of suggestionsBefore) if (!after.has(id)) resolved += 1;
  }
  const after = readMeta(scratch);
  const reason =
    refusal(user.role, user.name, { before, after, resolvedSuggestions: resolved }) ??
    extrasRefusal(user.role, user.name, isOwn(user.name, { before, after }), {
      review: review!.changes,
      newsroom: newsroom!.changes,
      firstShare: before.createdAt === undefined,
    });
  if (reason) {
    dropShadow(document);
    throw new RefusedUpdate(REFUSED_FORBIDDEN, reason);
  }
}

/**
 * Records the keys of a map that the next transaction changes, with their values before and after: an
 * update is one transaction, so this is its net effect on the map (a key set and deleted again is absent).
 */
function watchKeys(map: Y.Map<unknown>): { changes: KeyChange[]; stop(): void } {
  const changes: KeyChange[] = [];
  const observer = (event: Y.YMapEvent<unknown>): void => {
    for (const [key, { action, oldValue }] of event.changes.keys) {
      changes.push({ key, before: action === 'add' ? undefined : oldValue, after: action === 'delete' ? undefined : map.get(key) });
    }
  };
  map.observe(observer);
  return { changes, stop: () => map.unobserve(observer) };
}
