import { forEachTermSpan, hashTerm } from './tokenize';
import { TermTable } from './termTable';
import { lowerBound, SortedTerms } from './sortedTerms';
import { decodePostings, type PackedPostings } from './packedPostings';

/** The indexed fields, in the order of their term-frequency bits; body first, as the most frequent. */
export const FIELDS = ['body', 'headline', 'standfirst', 'meta'] as const;
export type FieldName = (typeof FIELDS)[number];
export type FieldTexts = Record<FieldName, string>;

export interface IndexParts {
  docIds: string[];
  stamps: string[];
  /** FIELDS.length token counts per document. */
  lengths: number[];
  /** Sorted. */
  terms: string[];
  /** Per term: (doc, packed tf) pairs, docs ascending; undefined where `packed` still holds the list. */
  postings: Array<number[] | undefined>;
  /** Lists as loaded from the index file, decoded the first time a query or an update needs them. */
  packed?: PackedPostings;
  /**
   * Set when `postings` are the live index's own lists (partsSteps with `share`): pairs from this slot
   * on were appended after the snapshot and are not part of it.
   */
  slotLimit?: number;
}

/** 7 bits of term frequency per field, 4 fields in 28 bits: a small integer V8 keeps unboxed. */
const TF_BITS = 7;
const TF_MAX = (1 << TF_BITS) - 1;
export const tfOf = (packed: number, field: number): number => (packed >>> (field * TF_BITS)) & TF_MAX;
/** The bits of a packed tf that hold one field's count. */
export const tfMask = (field: number): number => TF_MAX << (field * TF_BITS);

/**
 * An inverted index over documents numbered in insertion order. A posting list is a plain array of
 * (doc, packed tf) pairs, appended in doc order. Replacing or removing a document leaves a tombstone
 * rather than rewriting posting lists, so an update costs only the new document's terms; tombstones
 * are skipped when scoring and dropped by `compacted()`, which the serialiser uses.
 */
export class InvertedIndex {
  /** Term by id. A loaded index's first `baseCount` terms are the file's, sorted, so id = position. */
  termList: string[] = [];
  private baseCount = 0;
  /**
   * Term ids by term, built on the first update: until then a loaded index finds its (sorted) terms
   * by binary search, as a later start would otherwise spend most of its time hashing 240,000 terms.
   */
  private table: TermTable | null = null;
  /** Decoded posting lists; a loaded index decodes each from `packed` on first use (postingsOf). */
  private postings: Array<number[] | undefined> = [];
  private packed: PackedPostings | null = null;
  /** Live document frequencies of terms queried since the last change (tombstones make them a count). */
  private readonly dfCache = new Map<number, number>();
  /** Per doc slot: the article id, or null once replaced or removed. */
  readonly docIds: Array<string | null> = [];
  readonly stamps: string[] = [];
  /** Token counts per doc slot and field, FIELDS.length per slot. */
  readonly lengths: number[] = [];
  readonly slotOf = new Map<string, number>();
  readonly fieldTotals = FIELDS.map(() => 0);
  private counts = new Int32Array(1 << 16);
  private readonly touched: number[] = [];

  constructor(readonly sorted = new SortedTerms()) {}

  get liveCount(): number {
    return this.slotOf.size;
  }

  get deadCount(): number {
    return this.docIds.length - this.slotOf.size;
  }

  /** Adds or replaces a document; `stamp` (its updatedAt) lets a persisted index be checked against the store. */
  upsert(id: string, stamp: string, texts: FieldTexts): void {
    this.remove(id);
    const slot = this.docIds.length;
    this.docIds.push(id);
    this.stamps.push(stamp);
    this.slotOf.set(id, slot);
    const touched = this.touched;
    touched.length = 0;
    const table = (this.table ??= TermTable.of(this.termList));
    for (let f = 0; f < FIELDS.length; f++) {
      const shift = f * TF_BITS;
      let length = 0;
      forEachTermSpan(texts[FIELDS[f]!], (source, from, to, hash) => {
        length++;
        let termId = table.find(source, from, to, hash);
        if (termId < 0) termId = this.addTerm(source.slice(from, to), hash);
        const counts = this.counts;
        const packed = counts[termId]!;
        if (packed === 0) touched.push(termId);
        if (((packed >>> shift) & TF_MAX) < TF_MAX) counts[termId] = packed + (1 << shift);
      });
      this.lengths.push(length);
      this.fieldTotals[f]! += length;
    }
    const counts = this.counts;
    for (const termId of touched) {
      this.postingsOf(termId).push(slot, counts[termId]!);
      counts[termId] = 0;
    }
    this.dfCache.clear();
  }

  termId(term: string): number | undefined {
    if (this.table) {
      const id = this.table.find(term, 0, term.length, hashTerm(term));
      return id < 0 ? undefined : id;
    }
    const at = lowerBound(this.termList, term, 0, this.baseCount);
    return at < this.baseCount && this.termList[at] === term ? at : undefined;
  }

  /** A term's (slot, packed tf) pairs, decoded from the loaded file the first time they are needed. */
  postingsOf(termId: number): number[] {
    let list = this.postings[termId];
    if (list === undefined) {
      list = this.packed && termId < this.packed.counts.length ? decodePostings(this.packed, termId) : [];
      this.postings[termId] = list;
    }
    return list;
  }

  /** In how many live documents the term occurs; cached until the next change. */
  docFrequency(termId: number): number {
    if (this.deadCount === 0) {
      const list = this.postings[termId];
      return list ? list.length / 2 : (this.packed?.counts[termId] ?? 0);
    }
    let df = this.dfCache.get(termId);
    if (df === undefined) {
      const list = this.postingsOf(termId);
      df = 0;
      for (let i = 0; i < list.length; i += 2) if (this.docIds[list[i]!] !== null) df++;
      this.dfCache.set(termId, df);
    }
    return df;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slotOf.delete(id);
    this.docIds[slot] = null;
    this.dfCache.clear();
    for (let f = 0; f < FIELDS.length; f++) this.fieldTotals[f]! -= this.lengths[slot * FIELDS.length + f]!;
  }

  stampOf(id: string): string | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.stamps[slot];
  }

  ids(): string[] {
    return [...this.slotOf.keys()];
  }

  /** Worth compacting once tombstones are a quarter of the slots (each costs its terms' postings). */
  get wantsCompaction(): boolean {
    return this.deadCount > 1000 && this.deadCount > this.docIds.length / 4;
  }

  /**
   * The live documents and terms, slots renumbered in order and tombstones dropped. A generator that
   * pauses every few hundred terms, so a caller can spread the work over event-loop turns. It sees the
   * index as it was when it started: posting lists only grow, and later slots are ignored.
   * With `share` (the index file's writer, which encodes the parts and drops them), an index without
   * tombstones hands over its own posting lists with `slotLimit` instead of copying them: the copy
   * doubled the worker's memory while it persisted (1.5 GB at 50,000 articles, 1.0 GB while building).
   */
  *partsSteps(options: { share?: boolean } = {}): Generator<void, IndexParts> {
    const slotLimit = this.docIds.length;
    const newSlot = new Int32Array(slotLimit).fill(-1);
    const parts: IndexParts = { docIds: [], stamps: [], lengths: [], terms: [], postings: [] };
    // No tombstone among the snapshot's slots: every slot keeps its number, so the lists can be shared.
    const share = options.share === true && this.slotOf.size === slotLimit;
    if (share) parts.slotLimit = slotLimit;
    for (let slot = 0; slot < slotLimit; slot++) {
      const id = this.docIds[slot];
      if (id === null || id === undefined) continue;
      newSlot[slot] = parts.docIds.length;
      parts.docIds.push(id);
      parts.stamps.push(this.stamps[slot]!);
      for (let f = 0; f < FIELDS.length; f++) parts.lengths.push(this.lengths[slot * FIELDS.length + f]!);
    }
    const terms = [...this.sorted.all()];
    yield;
    for (let t = 0; t < terms.length; t++) {
      const old = this.postingsOf(this.termId(terms[t]!)!);
      if (share) {
        if (old.length > 0 && old[0]! < slotLimit) {
          parts.terms.push(terms[t]!);
          parts.postings.push(old);
        }
        if ((t & 1023) === 1023) yield;
        continue;
      }
      const list: number[] = [];
      for (let i = 0; i < old.length && old[i]! < slotLimit; i += 2) if (newSlot[old[i]!]! >= 0) list.push(newSlot[old[i]!]!, old[i + 1]!);
      if (list.length > 0) {
        parts.terms.push(terms[t]!);
        parts.postings.push(list);
      }
      if ((t & 1023) === 1023) yield;
    }
    return parts;
  }

  toParts(): IndexParts {
    return drain(this.partsSteps());
  }

  /** Trusts its input: parts come from toParts(), directly or through the checked codec. */
  static fromParts(parts: IndexParts): InvertedIndex {
    // The sorted list merges new terms in place; the base table must stay as loaded for binary search.
    const index = new InvertedIndex(SortedTerms.fromSorted(parts.terms.slice()));
    index.termList = parts.terms;
    index.baseCount = parts.terms.length;
    index.postings = parts.postings;
    index.packed = parts.packed ?? null;
    append(index.docIds, parts.docIds);
    append(index.stamps, parts.stamps);
    append(index.lengths, parts.lengths);
    parts.docIds.forEach((id, slot) => index.slotOf.set(id, slot));
    parts.lengths.forEach((length, i) => (index.fieldTotals[i % FIELDS.length]! += length));
    while (index.counts.length < parts.terms.length) index.counts = new Int32Array(index.counts.length * 2);
    return index;
  }

  private addTerm(slice: string, hash: number): number {
    const term = ownCopy(slice);
    const id = this.termList.length;
    this.termList.push(term);
    this.table!.add(id, hash);
    this.postings.push(undefined);
    this.sorted.add(term);
    if (id >= this.counts.length) {
      const grown = new Int32Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
    return id;
  }
}

/** push(...items) overflows the stack for the hundreds of thousands of items an index holds. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Runs a stepped job to the end in one go. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * V8 makes a slice of 13 or more characters a view into its parent string. A dictionary key that is
 * such a view would keep a whole lower-cased article body alive for as long as the term exists (at
 * 10,000 articles, ~150 MB); concatenating and slicing again gives the term its own small string.
 */
function ownCopy(term: string): string {
  return term.length < 13 ? term : ` ${term}`.slice(1);
}
