/**
 * Every distinct term, in code-unit order, for prefix ranges and fuzzy walks. New terms wait in a
 * pending list and are merged in batches, so neither a bulk build nor a single save ever sorts the
 * whole vocabulary (sorting 240,000 terms at once blocks for ~200 ms). A batch grows with the
 * vocabulary (a quarter of it, at least MERGE_AT): merging every 8,192 terms copied the sorted list
 * thirty times in a 10,000-article build, a sixth of the build; growing batches copy it a few times.
 */
const MERGE_AT = 8192;
const MERGE_SHARE = 0.25;
const SPLICE_BELOW = 32;

export const compareTerms = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class SortedTerms {
  private sorted: string[] = [];
  private pending: string[] = [];

  /** Takes an already sorted list (from a persisted index). */
  static fromSorted(terms: string[]): SortedTerms {
    const list = new SortedTerms();
    list.sorted = terms;
    return list;
  }

  add(term: string): void {
    this.pending.push(term);
    if (this.pending.length >= Math.max(MERGE_AT, this.sorted.length * MERGE_SHARE)) this.flush();
  }

  /** The sorted vocabulary, with pending terms merged in. */
  all(): readonly string[] {
    this.flush();
    return this.sorted;
  }

  get size(): number {
    return this.sorted.length + this.pending.length;
  }

  private flush(): void {
    const pending = this.pending;
    if (pending.length === 0) return;
    this.pending = [];
    pending.sort(compareTerms);
    if (pending.length < SPLICE_BELOW) {
      for (const term of pending) this.sorted.splice(lowerBound(this.sorted, term), 0, term);
      return;
    }
    const merged = new Array<string>(this.sorted.length + pending.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.sorted.length && j < pending.length) merged[k++] = this.sorted[i]! <= pending[j]! ? this.sorted[i++]! : pending[j++]!;
    while (i < this.sorted.length) merged[k++] = this.sorted[i++]!;
    while (j < pending.length) merged[k++] = pending[j++]!;
    this.sorted = merged;
  }
}

/** First index whose term is not below `term`. */
export function lowerBound(sorted: readonly string[], term: string, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The [start, end) range of terms that begin with `prefix`. */
export function prefixRange(sorted: readonly string[], prefix: string, from = 0): [number, number] {
  const start = lowerBound(sorted, prefix, from);
  return [start, lowerBound(sorted, `${prefix}\uffff`, start)];
}
