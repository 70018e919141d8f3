import { createHash } from 'node:crypto';
import { drain, FIELDS, type IndexParts } from './invertedIndex';

/** Bumped whenever the tokenizer, the fields or the encoding change: an older file is then rebuilt. */
export const SEARCH_INDEX_VERSION = 1;
const FORMAT = 'copydesk-search-index';

/**
 * search-index.json: a JSON header (format, version, the fingerprint of the articles it covers, a
 * checksum) with the bulky parts as base64 varint streams: posting lists as (slot delta, packed tf)
 * pairs. That is about a third of the size of plain JSON numbers and decodes in tens of milliseconds.
 */
interface IndexFileJson {
  format: typeof FORMAT;
  version: number;
  fingerprint: string;
  checksum: string;
  ids: string[];
  stamps: string[];
  terms: string[];
  lengths: string;
  postings: string;
}

export class CorruptIndexError extends Error {}

/** Identifies a set of (id, updatedAt) pairs regardless of order: equal fingerprints, same articles. */
export function fingerprintOf(docs: Iterable<readonly [id: string, stamp: string]>): string {
  const lines = [...docs].map(([id, stamp]) => `${id} ${stamp}\n`).sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line);
  return hash.digest('hex');
}

export function fingerprintOfParts(parts: IndexParts): string {
  return fingerprintOf(parts.docIds.map((id, i) => [id, parts.stamps[i]!] as const));
}

export function encodeIndex(parts: IndexParts): string {
  return drain(encodeIndexSteps(parts));
}

/** Pauses every few thousand terms, so a caller can keep the event loop turning while it writes. */
export function* encodeIndexSteps(parts: IndexParts): Generator<void, string> {
  const lengths = new VarintWriter();
  for (const length of parts.lengths) lengths.write(length);
  const postings = new VarintWriter();
  for (let t = 0; t < parts.postings.length; t++) {
    const list = parts.postings[t]!;
    postings.write(list.length / 2);
    let previous = 0;
    for (let i = 0; i < list.length; i += 2) {
      postings.write(list[i]! - previous);
      postings.write(list[i + 1]!);
      previous = list[i]!;
    }
    if ((t & 2047) === 2047) yield;
  }
  const lengthBytes = lengths.bytes();
  const postingBytes = postings.bytes();
  const file: IndexFileJson = {
    format: FORMAT,
    version: SEARCH_INDEX_VERSION,
    fingerprint: fingerprintOfParts(parts),
    checksum: checksum(lengthBytes, postingBytes, parts),
    ids: parts.docIds,
    stamps: parts.stamps,
    terms: parts.terms,
    lengths: Buffer.from(lengthBytes).toString('base64'),
    postings: Buffer.from(postingBytes).toString('base64'),
  };
  return JSON.stringify(file);
}

/** Header fields, for deciding whether the file is worth decoding at all. */
export function readHeader(json: unknown): { version: number; fingerprint: string } | null {
  if (typeof json !== 'object' || json === null) return null;
  const { format, version, fingerprint } = json as Partial<IndexFileJson>;
  if (format !== FORMAT || typeof version !== 'number' || typeof fingerprint !== 'string') return null;
  return { version, fingerprint };
}

/** Throws CorruptIndexError for anything that is not exactly what encodeIndex wrote. */
export function decodeIndex(json: unknown): IndexParts & { fingerprint: string } {
  return drain(decodeIndexSteps(json));
}

export function* decodeIndexSteps(json: unknown): Generator<void, IndexParts & { fingerprint: string }> {
  const header = readHeader(json);
  if (!header || header.version !== SEARCH_INDEX_VERSION) throw new CorruptIndexError('Not a search index of this version.');
  const file = json as IndexFileJson;
  const strings = (a: unknown) => Array.isArray(a) && a.every((s) => typeof s === 'string');
  if (!strings(file.ids) || !strings(file.stamps) || !strings(file.terms) || file.ids.length !== file.stamps.length) throw new CorruptIndexError('Malformed document table.');
  if (typeof file.lengths !== 'string' || typeof file.postings !== 'string') throw new CorruptIndexError('Malformed streams.');
  const lengthBytes = Buffer.from(file.lengths, 'base64');
  const postingBytes = Buffer.from(file.postings, 'base64');
  const parts: IndexParts = { docIds: file.ids, stamps: file.stamps, terms: file.terms, lengths: [], postings: [] };
  if (checksum(lengthBytes, postingBytes, parts) !== file.checksum) throw new CorruptIndexError('Checksum mismatch.');
  const lengths = new VarintReader(lengthBytes);
  for (let i = 0; i < file.ids.length * FIELDS.length; i++) parts.lengths.push(lengths.read());
  const postings = new VarintReader(postingBytes);
  for (let t = 0; t < file.terms.length; t++) {
    const count = postings.read();
    const list = new Array<number>(count * 2);
    let slot = 0;
    for (let i = 0; i < count; i++) {
      slot += postings.read();
      list[2 * i] = slot;
      list[2 * i + 1] = postings.read();
    }
    if (slot >= file.ids.length) throw new CorruptIndexError('Posting points past the document table.');
    parts.postings.push(list);
    if ((t & 2047) === 2047) yield;
  }
  if (!lengths.atEnd() || !postings.atEnd()) throw new CorruptIndexError('Trailing bytes.');
  return { ...parts, fingerprint: file.fingerprint };
}

function checksum(lengthBytes: Uint8Array, postingBytes: Uint8Array, parts: Pick<IndexParts, 'docIds' | 'terms'>): string {
  const hash = createHash('sha256').update(lengthBytes).update(postingBytes);
  hash.update(`${parts.docIds.length}:${parts.terms.length}:${parts.docIds.join(',')}`);
  return hash.digest('hex').slice(0, 32);
}

class VarintWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  write(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

class VarintReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  read(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.at >= this.bytes.length) throw new CorruptIndexError('Stream ended early.');
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new CorruptIndexError('Malformed number.');
  }

  atEnd(): boolean {
    return this.at === this.bytes.length;
  }
}
