import type { Snippet, SnippetRange } from '../../api/searchTypes';
import { forEachToken } from './tokenize';

export type { Snippet, SnippetRange } from '../../api/searchTypes';

export const SNIPPET_WORDS = 25;
const ELLIPSIS = '…';
/** Characters kept when they touch the window's first or last word: quotes and closing punctuation. */
const OPENERS = /[“"‘'([]+$/;
const CLOSERS = /^[.,;:!?”"’')\]]+/;

/**
 * The window of about `words` words that covers the most distinct query words (then the most matches),
 * centred on its matches. `matched` maps each matching index term to the query word it came from.
 */
export function makeSnippet(text: string, matched: ReadonlyMap<string, number>, words = SNIPPET_WORDS): Snippet {
  const starts: number[] = [];
  const ends: number[] = [];
  const hits: number[] = [];
  forEachToken(text, (term, start, end) => {
    starts.push(start);
    ends.push(end);
    hits.push(matched.get(term) ?? -1);
  });
  const n = starts.length;
  if (n === 0) return { text: text.replace(/\s+/g, ' ').trim().slice(0, 200), ranges: [] };
  const size = Math.min(words, n);
  const [first, last] = bestWindow(hits, size);
  let from = 0;
  if (first >= 0) {
    const centre = Math.floor((first + last) / 2);
    from = Math.max(0, Math.min(n - size, centre - Math.floor(size / 2)));
  }
  return render(text, starts, ends, hits, from, from + size);
}

/** The first and last matched token of the best window, or [-1, -1] when nothing matched. */
function bestWindow(hits: number[], size: number): [number, number] {
  const perWord = new Map<number, number>();
  let distinct = 0;
  let count = 0;
  let best = -1;
  let bestAt = -1;
  const enter = (q: number, delta: number) => {
    if (q < 0) return;
    const now = (perWord.get(q) ?? 0) + delta;
    perWord.set(q, now);
    if (delta > 0 && now === 1) distinct++;
    if (delta < 0 && now === 0) distinct--;
    count += delta;
  };
  for (let i = 0; i < hits.length; i++) {
    enter(hits[i]!, 1);
    if (i >= size) enter(hits[i - size]!, -1);
    const score = distinct * 1000 + count;
    if (i >= size - 1 && count > 0 && score > best) {
      best = score;
      bestAt = i - size + 1;
    }
  }
  // A document shorter than the window: the loop above never reached a full window.
  if (bestAt < 0 && hits.some((h) => h >= 0)) bestAt = 0;
  if (bestAt < 0) return [-1, -1];
  let first = -1;
  let last = -1;
  for (let i = bestAt; i < Math.min(hits.length, bestAt + size); i++) {
    if (hits[i]! < 0) continue;
    if (first < 0) first = i;
    last = i;
  }
  return [first, last];
}

function render(text: string, starts: number[], ends: number[], hits: number[], from: number, to: number): Snippet {
  const before = text.slice(from === 0 ? 0 : ends[from - 1]!, starts[from]!);
  const after = text.slice(ends[to - 1]!, to < starts.length ? starts[to]! : text.length);
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
  if (to < starts.length) out += ELLIPSIS;
  return { text: out, ranges };
}
