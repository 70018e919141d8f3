import { randomBytes } from 'node:crypto';
import type { DeskStore } from './store/deskStore';

/**
 * A desk's identity: 16 random bytes made the first time a client asks, kept in the store as a document
 * no client can open (onAuthenticate refuses the name), so every instance on one store answers the same
 * id whichever address a client used. A Copydesk keys its replica logs by it: pointing a library at
 * another desk must not send that desk the stories shared with this one.
 */
export const IDENTITY_DOCUMENT = 'desk:identity';
const ID_BYTES = 16;

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

export async function deskIdentity(store: DeskStore): Promise<string> {
  const saved = await store.loadDocument(IDENTITY_DOCUMENT);
  if (saved?.byteLength === ID_BYTES) return hex(saved);
  await store.storeDocument(IDENTITY_DOCUMENT, randomBytes(ID_BYTES));
  // Two instances starting on a new store at once may both make one: the stored one is the answer.
  return hex((await store.loadDocument(IDENTITY_DOCUMENT))!);
}
