import { createHash } from 'node:crypto';
import { FIELDS, type IndexParts } from './invertedIndex';
import { CorruptIndexError, VarintReader, VarintWriter } from './packedPostings';

export { CorruptIndexError } from './packedPostings';

/** Bumped whenever the tokenizer, the fields or the encoding change: an older file is then rebuilt. */
export const SEARCH_INDEX_VERSION = 2;
const MAGIC = 'CDSINDEX';
const SECTIONS = ['ids', 'stamps', 'terms', 'lengths', 'counts', 'offsets', 'postings'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * search-index.bin: an 8-byte magic, the version and a small JSON header (the fingerprint of the
 * articles it covers, a checksum of the body, the sizes of its sections), then the sections as raw
 * bytes: ids, stamps and terms as newline-joined UTF-8, and the numbers as varint streams, posting
 * lists as (slot delta, packed tf) pairs. Loading it is a file read, a hash and three string splits;
 * posting lists stay packed until a query needs them (see packedPostings.ts).
 */
interface Header {
  fingerprint: string;
  checksum: string;
  docs: number;
  terms: number;
  sections: Record<Section, [start: number, length: number]>;
}

/** Identifies a set of (id, updatedAt) pairs regardless of order: equal fingerprints, same articles. */
export function fingerprintOf(docs: Iterable<readonly [id: string, stamp: string]>): string {
  const lines = [...docs].map(([id, stamp]) => `${id} ${stamp}\n`).sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line);
  return hash.digest('hex');
}

export function fingerprintOfParts(parts: Pick<IndexParts, 'docIds' | 'stamps'>): string {
  return fingerprintOf(parts.docIds.map((id, i) => [id, parts.stamps[i]!] as const));
}

/** Pauses every few thousand terms, so a caller can keep its event loop turning while it encodes. */
export function* encodeIndexSteps(parts: IndexParts): Generator<void, Uint8Array> {
  const lengths = new VarintWriter();
  for (const length of parts.lengths) lengths.write(length);
  const counts = new VarintWriter();
  const offsets = new VarintWriter();
  const postings = new VarintWriter();
  // Shared lists (partsSteps with share) may have grown since the snapshot: pairs from slotLimit on are not in it.
  const slotLimit = parts.slotLimit ?? Infinity;
  for (let t = 0; t < parts.terms.length; t++) {
    const list = parts.postings[t] ?? [];
    const at = postings.length;
    let previous = 0;
    let i = 0;
    for (; i < list.length && list[i]! < slotLimit; i += 2) {
      postings.write(list[i]! - previous);
      postings.write(list[i + 1]!);
      previous = list[i]!;
    }
    counts.write(i / 2);
    offsets.write(postings.length - at);
    if ((t & 2047) === 2047) yield;
  }
  const bodies: Record<Section, Uint8Array> = {
    ids: Buffer.from(parts.docIds.join('\n')),
    stamps: Buffer.from(parts.stamps.join('\n')),
    terms: Buffer.from(parts.terms.join('\n')),
    lengths: lengths.bytes(),
    counts: counts.bytes(),
    offsets: offsets.bytes(),
    postings: postings.bytes(),
  };
  let at = 0;
  const sections = {} as Header['sections'];
  for (const name of SECTIONS) {
    sections[name] = [at, bodies[name].length];
    at += bodies[name].length;
  }
  const body = Buffer.concat(SECTIONS.map((name) => bodies[name]));
  const header: Header = {
    fingerprint: fingerprintOfParts(parts),
    checksum: checksum(body, parts.docIds.length, parts.terms.length),
    docs: parts.docIds.length,
    terms: parts.terms.length,
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(16);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(SEARCH_INDEX_VERSION, 8);
  prefix.writeUInt32LE(headerBytes.length, 12);
  return Buffer.concat([prefix, headerBytes, body]);
}

/** Throws CorruptIndexError for anything that is not exactly what encodeIndexSteps wrote. */
export function decodeIndex(file: Uint8Array): IndexParts & { fingerprint: string } {
  const buffer = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buffer.length < 16 || buffer.toString('latin1', 0, 8) !== MAGIC) throw new CorruptIndexError('Not a search index file.');
  if (buffer.readUInt32LE(8) !== SEARCH_INDEX_VERSION) throw new CorruptIndexError('Not a search index of this version.');
  const headerEnd = 16 + buffer.readUInt32LE(12);
  const header = parseHeader(buffer, headerEnd);
  const body = buffer.subarray(headerEnd);
  if (checksum(body, header.docs, header.terms) !== header.checksum) throw new CorruptIndexError('Checksum mismatch.');
  const section = (name: Section) => body.subarray(header.sections[name][0], header.sections[name][0] + header.sections[name][1]);
  const lines = (name: Section, expected: number) => {
    const list = expected === 0 ? [] : section(name).toString('utf8').split('\n');
    if (list.length !== expected) throw new CorruptIndexError(`The ${name} table has ${list.length} entries, not ${expected}.`);
    return list;
  };
  const docIds = lines('ids', header.docs);
  const stamps = lines('stamps', header.docs);
  const terms = lines('terms', header.terms);
  const lengthReader = new VarintReader(section('lengths'));
  const lengths = Array.from({ length: header.docs * FIELDS.length }, () => lengthReader.read());
  const countReader = new VarintReader(section('counts'));
  const offsetReader = new VarintReader(section('offsets'));
  const counts = new Uint32Array(header.terms);
  const offsets = new Uint32Array(header.terms + 1);
  for (let t = 0; t < header.terms; t++) {
    counts[t] = countReader.read();
    const size = offsetReader.read();
    offsets[t + 1] = offsets[t]! + size;
    // Each pair takes two bytes at least and ten at most; anything else was not written by the encoder.
    if (size < counts[t]! * 2 || size > counts[t]! * 10 || counts[t]! > header.docs) throw new CorruptIndexError('Malformed posting list.');
  }
  const postingBytes = section('postings');
  if (!lengthReader.atEnd() || !countReader.atEnd() || !offsetReader.atEnd() || offsets[header.terms] !== postingBytes.length)
    throw new CorruptIndexError('Trailing bytes.');
  return {
    docIds,
    stamps,
    lengths,
    terms,
    postings: new Array<undefined>(header.terms),
    packed: { bytes: postingBytes, offsets, counts },
    fingerprint: header.fingerprint,
  };
}

function parseHeader(buffer: Buffer, end: number): Header {
  let header: Header;
  try {
    header = JSON.parse(buffer.toString('utf8', 16, end)) as Header;
  } catch {
    throw new CorruptIndexError('Unreadable header.');
  }
  const numbers = (xs: unknown[]) => xs.every((x) => Number.isInteger(x) && (x as number) >= 0);
  const bodyLength = buffer.length - end;
  const sectionsOk = SECTIONS.every((name) => {
    const range = header.sections?.[name];
    return Array.isArray(range) && range.length === 2 && numbers(range) && range[0] + range[1] <= bodyLength;
  });
  if (typeof header.fingerprint !== 'string' || typeof header.checksum !== 'string' || !numbers([header.docs, header.terms]) || !sectionsOk)
    throw new CorruptIndexError('Malformed header.');
  return header;
}

function checksum(body: Uint8Array, docs: number, terms: number): string {
  return createHash('sha256').update(body).update(`${docs}:${terms}`).digest('hex').slice(0, 32);
}
