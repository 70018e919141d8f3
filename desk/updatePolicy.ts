import * as Y from 'yjs';
import { readMeta } from '../core/desk/articleDoc';
import { ARTICLE_DOCUMENT } from '../core/desk/indexDoc';
import { suggestionIds } from '../core/desk/reviewMarks';
import { refusal } from '../core/desk/roles';
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
 * Checks one incoming Yjs update against the document as it stands, on a scratch copy, before Hocuspocus
 * applies it: a malformed update, one that would make the document too large, or one whose net effect
 * the user's role does not allow is refused and never reaches the document or the store. Checking the
 * net effect (not each operation) lets a client that set a status and set it back sync its history.
 */
export function checkUpdate(document: Y.Doc, documentName: string, update: Uint8Array, user: DeskUser, maxDocumentBytes: number): void {
  const current = Y.encodeStateAsUpdate(document);
  if (current.byteLength + update.byteLength > maxDocumentBytes) {
    throw new RefusedUpdate(REFUSED_TOO_LARGE, `The document would grow past ${maxDocumentBytes} bytes.`);
  }
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, current);
    const articleDoc = ARTICLE_DOCUMENT.test(documentName);
    const before = articleDoc ? readMeta(scratch) : {};
    const suggestionsBefore = articleDoc && user.role === 'reporter' ? suggestionIds(scratch) : null;
    try {
      Y.applyUpdate(scratch, update);
    } catch {
      throw new RefusedUpdate(REFUSED_MALFORMED, 'The update could not be decoded.');
    }
    if (!articleDoc) return;
    let resolved = 0;
    if (suggestionsBefore) {
      const after = suggestionIds(scratch);
      for (const id of suggestionsBefore) if (!after.has(id)) resolved += 1;
    }
    const reason = refusal(user.role, user.name, { before, after: readMeta(scratch), resolvedSuggestions: resolved });
    if (reason) throw new RefusedUpdate(REFUSED_FORBIDDEN, reason);
  } finally {
    scratch.destroy();
  }
}
