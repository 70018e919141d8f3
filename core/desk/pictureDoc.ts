import type * as Y from 'yjs';

/**
 * A picture on the desk: one document per stored image, named after it (`asset:<sha256>.<ext>`, the
 * name the asset store gives it), holding its bytes in chunks small enough for the desk's message limit.
 * A picture never changes (its name is its hash): chunks are written once, and a receiving Copydesk
 * keeps the bytes only if their sha256 is the name.
 */
export const PICTURE_DOCUMENT = /^asset:([0-9a-f]{64}\.(jpg|png|webp|gif))$/;
export const pictureDocument = (asset: string): string => `asset:${asset}`;
export const PICTURE_ROOT = 'picture';
/** Half the desk's default message limit (2 MiB), so a chunk and its framing always fit. */
export const PICTURE_CHUNK_BYTES = 512 * 1024;

const chunkKey = (index: number): string => `chunk:${String(index).padStart(4, '0')}`;

/** The chunks of a picture, to be written one per transaction (one message each). */
export function pictureChunks(bytes: Uint8Array): Array<{ key: string; bytes: Uint8Array }> {
  const chunks = [];
  for (let at = 0, i = 0; at < bytes.length; at += PICTURE_CHUNK_BYTES, i++) {
    // A plain Uint8Array copy: Yjs stores binary only of exactly that class (a Node Buffer is refused).
    chunks.push({ key: chunkKey(i), bytes: new Uint8Array(bytes.subarray(at, at + PICTURE_CHUNK_BYTES)) });
  }
  return chunks;
}

export function writePictureSize(doc: Y.Doc, size: number, chunks: number): void {
  const map = doc.getMap<unknown>(PICTURE_ROOT);
  if (!map.has('size')) doc.transact(() => (map.set('size', size), map.set('chunks', chunks)));
}

/** The whole picture once every chunk has arrived; null before. */
export function pictureBytes(doc: Y.Doc): Uint8Array | null {
  const map = doc.getMap<unknown>(PICTURE_ROOT);
  const size = map.get('size');
  const count = map.get('chunks');
  if (typeof size !== 'number' || typeof count !== 'number' || count > 1000) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < count; i++) {
    const chunk = map.get(chunkKey(i));
    if (!(chunk instanceof Uint8Array) || at + chunk.length > size) return null;
    out.set(chunk, at);
    at += chunk.length;
  }
  return at === size ? out : null;
}

/** A picture's entries as they are now (to judge an update against). */
export function pictureEntries(doc: Y.Doc): Map<string, unknown> {
  return new Map(doc.getMap<unknown>(PICTURE_ROOT).entries());
}

/** Why an update to a picture is refused: a chunk or the size written a second time with other bytes. */
export function pictureRewrite(was: Map<string, unknown>, after: Y.Doc): string | null {
  const now = after.getMap<unknown>(PICTURE_ROOT);
  for (const [key, value] of was) {
    const next = now.get(key);
    const same =
      value instanceof Uint8Array && next instanceof Uint8Array
        ? value.length === next.length && value.every((b, i) => b === next[i])
        : value === next;
    if (!same) return 'A picture on the desk cannot be changed once written.';
  }
  return null;
}
