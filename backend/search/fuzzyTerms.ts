/**
 * Finds the terms within `maxDistance` edits (insert, delete, substitute, or swap two neighbours) of
 * `query`. It walks the sorted vocabulary as if it were a trie: rows of the edit-distance table are
 * shared with the previous term's common prefix, and once a prefix is out of reach every term that
 * starts with it is skipped with one binary search. That makes a typo search over 240,000 terms take
 * a few milliseconds instead of tens.
 */
export function fuzzyTerms(
  sorted: readonly string[],
  query: string,
  maxDistance: number,
  visit: (index: number, distance: number) => void,
  from = 0,
  to = sorted.length,
): void {
  const m = query.length;
  const maxLen = m + maxDistance;
  const rows = Array.from({ length: maxLen + 1 }, () => new Int32Array(m + 1));
  for (let j = 0; j <= m; j++) rows[0]![j] = j;
  let previous = '';
  let valid = 0;
  let i = from;
  while (i < to) {
    const term = sorted[i]!;
    let depth = 0;
    const shared = Math.min(valid, term.length);
    while (depth < shared && term.charCodeAt(depth) === previous.charCodeAt(depth)) depth++;
    const limit = Math.min(term.length, maxLen);
    let prunedAt = 0;
    for (let d = depth + 1; d <= limit; d++) {
      if (fillRow(rows, d, term, query) > maxDistance) {
        prunedAt = d;
        break;
      }
    }
    previous = term;
    if (prunedAt > 0) {
      valid = prunedAt - 1;
      i = pastPrefix(sorted, i, to, term.slice(0, prunedAt));
      continue;
    }
    valid = limit;
    if (term.length <= maxLen) {
      const distance = rows[term.length]![m]!;
      if (distance <= maxDistance) visit(i, distance);
      i++;
    } else {
      // Terms sharing these maxLen characters come after the one of exactly maxLen, so all are too long.
      i = pastPrefix(sorted, i, to, term.slice(0, maxLen));
    }
  }
}

/**
 * The first index after `at` (whose term starts with `prefix`) of a term that does not, or `to`. It
 * gallops from `at` before it bisects: most skipped runs are a few terms long, and two binary searches
 * over the whole vocabulary for each were half of a typo search.
 */
function pastPrefix(sorted: readonly string[], at: number, to: number, prefix: string): number {
  let low = at + 1;
  let step = 1;
  while (low + step <= to && sorted[low + step - 1]!.startsWith(prefix)) {
    low += step;
    step *= 2;
  }
  // sorted[low - 1] has the prefix; the end is in [low, min(low + step, to)].
  let high = Math.min(low + step, to);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]!.startsWith(prefix)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Fills row `d` (the term's first d characters against every prefix of the query); returns its minimum. */
function fillRow(rows: Int32Array[], d: number, term: string, query: string): number {
  const above = rows[d - 1]!;
  const row = rows[d]!;
  const c = term.charCodeAt(d - 1);
  const before = d > 1 ? term.charCodeAt(d - 2) : -1;
  const twoAbove = d > 1 ? rows[d - 2]! : null;
  row[0] = d;
  let min = d;
  for (let j = 1; j < row.length; j++) {
    const q = query.charCodeAt(j - 1);
    let v = above[j - 1]! + (q === c ? 0 : 1);
    if (above[j]! + 1 < v) v = above[j]! + 1;
    if (row[j - 1]! + 1 < v) v = row[j - 1]! + 1;
    if (twoAbove && j > 1 && q === before && query.charCodeAt(j - 2) === c && twoAbove[j - 2]! + 1 < v) v = twoAbove[j - 2]! + 1;
    row[j] = v;
    if (v < min) min = v;
  }
  return min;
}
