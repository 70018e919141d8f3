import type { Snippet, SnippetRange } from '../../api/searchTypes';
import { TermTable } from './termTable';
import { forEachTermSpan, hashTerm } from './tokenize';

export type { Snippet, SnippetRange } from '../../api/searchTypes';

export const SNIPPET_WORDS = 25;
const ELLIPSIS = '…';
/** Characters kept when they touch the window's first or last word: quotes and closing punctuation. */
const OPENERS = /[“"‘'([]+$/;
const CLOSERS = /^[.,;:!?”"’')\]]+/;

/**
 * The window of about `words` words that covers the most distinct query words (then the most matches),
 * opening a few words before its first match (see `leadIn`). `matched` maps each matching index term to the query word it came from.
 * `present`, when the index says how many query words the text holds, ends the scan as soon as a window
 * holds that many (with none, after the opening words): without it, a story found by its headline or
 * tags alone was tokenised to its last word looking for words it does not contain.
 */
export function makeSnippet(text: string, matched: ReadonlyMap<string, number>, words = SNIPPET_WORDS, present?: number): Snippet {
  // Token positions go into reused typed arrays, and matched terms are found by span and hash: a long
  // read has 20,000 tokens, and a string and three array slots for each made snippets most of a query.
  const terms = [...matched.keys()];
  const wordOf = [...matched.values()];
  const table = new TermTable(terms, terms.length);
  terms.forEach((term, id) => table.add(id, hashTerm(term)));
  const window = new SlidingWindow(words, Math.min(present ?? Infinity, new Set(wordOf).size));
  let n = 0;
  forEachTermSpan(text, (source, from, to, hash, start, end) => {
    if (n === buffers.starts.length) grow();
    const id = table.find(source, from, to, hash);
    buffers.starts[n] = start;
    buffers.ends[n] = end;
    buffers.hits[n] = id < 0 ? -1 : wordOf[id]!;
    window.push(buffers.hits, n++);
    return n >= window.stopAt;
  });
  if (n === 0) return { text: text.replace(/\s+/g, ' ').trim().slice(0, 200), ranges: [] };
  const { starts, ends, hits } = buffers;
  const size = Math.min(words, n);
  const [first, last] = window.matchedSpan(hits, n, size);
  // As much lead-in as the line allows, less if the last match would fall out of the window.
  const from = first < 0 ? 0 : Math.max(leadIn(starts, first), last - size + 1, 0);
  return render(text, starts, ends, hits, n, from, Math.min(n, from + size));
}

/**
 * The library shows a snippet on one line, so the window opens just before its first match (a few words
 * of lead-in, at most LEAD_IN_CHARS characters) rather than centred on it: a centred match sat about twelve
 * words in, past the end of the line, and no highlight showed. The sidebar's line holds about thirty
 * characters, so the lead-in keeps to half of that (with 28, a match after it was cut off the line).
 */
export const LEAD_IN_WORDS = 4;
export const LEAD_IN_CHARS = 14;

function leadIn(starts: Int32Array, first: number): number {
  let from = first;
  while (from > 0 && first - from < LEAD_IN_WORDS && starts[first]! - starts[from - 1]! <= LEAD_IN_CHARS) from--;
  return from;
}

/** Scratch space shared by every snippet (one at a time: makeSnippet is synchronous). */
const buffers = { starts: new Int32Array(4096), ends: new Int32Array(4096), hits: new Int32Array(4096) };

function grow(): void {
  const size = buffers.starts.length * 2;
  const grown = (old: Int32Array) => {
    const next = new Int32Array(size);
    next.set(old);
    return next;
  };
  buffers.starts = grown(buffers.starts);
  buffers.ends = grown(buffers.ends);
  buffers.hits = grown(buffers.hits);
}

/**
 * The window of `size` tokens with the most distinct query words (then the most matches), kept as
 * tokens arrive. Once a window holds every query word, the scan only needs enough tokens past it to
 * centre and render it (`stopAt`), so a long read's snippet no longer costs a scan of 20,000 words.
 */
class SlidingWindow {
  private readonly perWord = new Int32Array(64);
  private distinct = 0;
  private count = 0;
  private best = -1;
  bestAt = -1;
  /** One token past the window, when no word is to be found: it tells render() that more text follows. */
  stopAt: number;

  constructor(
    private readonly size: number,
    private readonly words: number,
  ) {
    this.stopAt = words === 0 ? size + 1 : Infinity;
  }

  push(hits: Int32Array, i: number): void {
    const q = hits[i]!;
    if (q >= 0) {
      if (this.perWord[q]!++ === 0) this.distinct++;
      this.count++;
    }
    if (i >= this.size) {
      const old = hits[i - this.size]!;
      if (old >= 0) {
        if (--this.perWord[old]! === 0) this.distinct--;
        this.count--;
      }
    }
    const score = this.distinct * 1000 + this.count;
    if (i >= this.size - 1 && this.count > 0 && score > this.best) {
      this.best = score;
      this.bestAt = i - this.size + 1;
      if (this.distinct === this.words) this.stopAt = i + this.size + 2;
    }
  }

  /** The first and last matched token of the best window, or [-1, -1] when nothing matched. */
  matchedSpan(hits: Int32Array, n: number, size: number): [number, number] {
    // A document shorter than the window: push() never saw a full window.
    const at = this.bestAt >= 0 ? this.bestAt : hits.subarray(0, n).some((h) => h >= 0) ? 0 : -1;
    if (at < 0) return [-1, -1];
    let first = -1;
    let last = -1;
    for (let i = at; i < Math.min(n, at + size); i++) {
      if (hits[i]! < 0) continue;
      if (first < 0) first = i;
      last = i;
    }
    return [first, last];
  }
}

function render(text: string, starts: Int32Array, ends: Int32Array, hits: Int32Array, n: number, from: number, to: number): Snippet {
  const before = text.slice(from === 0 ? 0 : ends[from - 1]!, starts[from]!);
  const after = text.slice(ends[to - 1]!, to < n ? starts[to]! : text.length);
  const opener = from === 0 ? before.replace(/\s+/g, ' ').trimStart() : (OPENERS.exec(before)?.[0] ?? '');
  const closer = CLOSERS.exec(after)?.[0] ?? '';
  let out = (from > 0 ? ELLIPSIS : '') + opener;
  const ranges: SnippetRange[] = [];
  for (let i = from; i < to; i++) {
    if (i > from) out += text.slice(ends[i - 1]!, starts[i]!).replace(/\s+/g, ' ');
    if (hits[i]! >= 0) ranges.push([out.length, out.length + ends[i]! - starts[i]!]);
    out += text.slice(starts[i]!, ends[i]!);
  }
  out += closer;
  if (to < n) out += ELLIPSIS;
  return { text: out, ranges };
}
