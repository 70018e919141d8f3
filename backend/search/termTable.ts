import { hashTerm } from './tokenize';

/**
 * Term → id, looked up by a span of a larger string and its hash (from forEachTermSpan), so that a
 * term already known costs a probe and a character compare, not a new string. Open addressing with
 * linear probing; ids are dense from 0 in the order terms were added.
 */
export class TermTable {
  private slots: Int32Array;
  private hashes: Int32Array;
  private mask: number;
  private count = 0;

  constructor(
    /** Term by id; the table only reads it. */
    private readonly terms: readonly string[],
    capacity = 1024,
  ) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /** A table over terms[0..n) whose ids are their positions (a loaded index's vocabulary). */
  static of(terms: readonly string[]): TermTable {
    const table = new TermTable(terms, terms.length);
    for (let id = 0; id < terms.length; id++) table.add(id, hashTerm(terms[id]!));
    return table;
  }

  /** The id of source[from, to), or -1. */
  find(source: string, from: number, to: number, hash: number): number {
    const length = to - from;
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const id = this.slots[at]!;
      if (id < 0) return -1;
      if (this.hashes[at] !== hash) continue;
      const term = this.terms[id]!;
      if (term.length !== length) continue;
      let i = 0;
      while (i < length && term.charCodeAt(i) === source.charCodeAt(from + i)) i++;
      if (i === length) return id;
    }
  }

  /** Records that terms[id] (not yet in the table) has this hash. */
  add(id: number, hash: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    let at = hash & this.mask;
    while (this.slots[at]! >= 0) at = (at + 1) & this.mask;
    this.slots[at] = id;
    this.hashes[at] = hash;
    this.count++;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Int32Array(oldSlots.length * 2).fill(-1);
    this.hashes = new Int32Array(oldSlots.length * 2);
    this.mask = this.slots.length - 1;
    for (let at = 0; at < oldSlots.length; at++) {
      const id = oldSlots[at]!;
      if (id < 0) continue;
      let to = oldHashes[at]! & this.mask;
      while (this.slots[to]! >= 0) to = (to + 1) & this.mask;
      this.slots[to] = id;
      this.hashes[to] = oldHashes[at]!;
    }
  }
}
