/**
 * Posting lists as the index file stores them: one byte stream of varints, each list a run of
 * (slot delta, packed tf) pairs. A loaded index keeps the stream and decodes a list only when a query
 * or an update first touches its term, so a later start reads the file without decoding 13 million
 * numbers, most of which no query of the session will ever need.
 */
export interface PackedPostings {
  bytes: Uint8Array;
  /** Per term, where its list starts in `bytes`; one more entry marks the end of the last. */
  offsets: Uint32Array;
  /** Per term, how many documents its list holds (its document frequency with no tombstones). */
  counts: Uint32Array;
}

export class CorruptIndexError extends Error {}

export function decodePostings(packed: PackedPostings, termId: number): number[] {
  const reader = new VarintReader(packed.bytes, packed.offsets[termId]!, packed.offsets[termId + 1]!);
  const count = packed.counts[termId]!;
  const list = new Array<number>(count * 2);
  let slot = 0;
  for (let i = 0; i < count; i++) {
    slot += reader.read();
    list[2 * i] = slot;
    list[2 * i + 1] = reader.read();
  }
  return list;
}

export class VarintWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

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

export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at = 0,
    private readonly end = bytes.length,
  ) {}

  read(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (this.at >= this.end) throw new CorruptIndexError('Stream ended early.');
      const byte = this.bytes[this.at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new CorruptIndexError('Malformed number.');
  }

  atEnd(): boolean {
    return this.at === this.end;
  }
}
