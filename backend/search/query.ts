import { fuzzyTerms } from './fuzzyTerms';
import { FIELDS, tfMask, tfOf, type InvertedIndex } from './invertedIndex';
import { prefixRange } from './sortedTerms';
import { tokenize } from './tokenize';

/** Field weights, in FIELDS order (body, headline, standfirst, meta): a headline hit counts most. */
export const BOOSTS = [1, 3, 2, 1.5] as const;
const K1 = 1.2;
const B = 0.75;
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = [1, 0.35, 0.2] as const;
/** Prefixes of common stems ("gov") can match hundreds of terms; the most frequent ones are kept. */
const MAX_EXPANSIONS = 20;
const MAX_QUERY_WORDS = 12;
/** A word found as typed in this many stories gets no typo expansions. */
const FUZZY_UNTIL_DOCS = 20;
/** Letters a typo search takes as typed. */
const FUZZY_PREFIX = 1;
/** The packed tf bits of the fields a snippet is cut from (snippetTextOf: standfirst and body). */
const SNIPPET_FIELDS = tfMask(FIELDS.indexOf('body')) | tfMask(FIELDS.indexOf('standfirst'));

export interface QueryHit {
  id: string;
  score: number;
  /** How many query words the article's snippet text (standfirst and body) holds; the rest matched elsewhere. */
  textWords: number;
}

export interface QueryResult {
  hits: QueryHit[];
  /** Every index term a query word matched, with the query word's position, for snippets. */
  matched: Map<string, number>;
}

/** A completion or near miss of a query word, with what ranking the candidates needs. */
interface Candidate {
  termId: number;
  df: number;
  /** Edits from the word (0 for a completion). */
  distance: number;
}

export interface Expansion {
  termId: number;
  weight: number;
}

/**
 * Every query word must match (AND), each by its exact term, by prefix (words of 3 letters or more,
 * and the word still being typed), or by a typo within 1 edit (4 to 7 letters) or 2 (8 or more) after
 * its first letter.
 * Documents are ranked by BM25F over the weighted fields; a word's score in a document is its best
 * expansion's, so "gov" does not score a story once for each of "government", "governor" and "govern".
 * Only the best `limit` hits are sorted and returned (all of them when no limit is given).
 */
export function runQuery(index: InvertedIndex, query: string, limit = Infinity): QueryResult {
  const { perWord, matched } = expandQuery(index, query);
  if (perWord.length === 0 || index.liveCount === 0) return { hits: [], matched };
  // The rarest word first: its documents are the candidates, and every later word only scores those.
  const ordered = perWord
    .map((expansions) => ({ expansions, cost: expansions.reduce((sum, e) => sum + index.docFrequency(e.termId), 0) }))
    .sort((a, b) => a.cost - b.cost);
  const scratch = scratchFor(index.docIds.length);
  const { total, word, seen, inText, textWords } = scratch;
  let candidates: number[] | null = null;
  for (const { expansions } of ordered) {
    const epoch = ++scratch.epoch;
    if (candidates) for (const slot of candidates) seen[slot] = epoch;
    const matchedSlots = scoreWord(index, expansions, word, inText, candidates ? seen : null, epoch);
    for (const slot of matchedSlots) {
      total[slot] = (candidates ? total[slot]! : 0) + word[slot]!;
      textWords[slot] = (candidates ? textWords[slot]! : 0) + inText[slot]!;
      word[slot] = 0;
    }
    candidates = matchedSlots;
    if (candidates.length === 0) break;
  }
  const ranked = topSlots(candidates ?? [], total, limit);
  return { hits: ranked.map((slot) => ({ id: index.docIds[slot]!, score: total[slot]!, textWords: textWords[slot]! })), matched };
}

/**
 * How many query words have a matching term in the slot's standfirst or body: what runQuery's hits
 * carry as `textWords`, for snippets asked for by id (rows scrolled into view). A posting list holds
 * each slot once, in ascending order, so each term is one binary search.
 */
export function textWordsIn(index: InvertedIndex, perWord: Expansion[][], slot: number): number {
  let count = 0;
  for (const expansions of perWord) if (expansions.some(({ termId }) => inSnippetFields(index.postingsOf(termId), slot))) count++;
  return count;
}

function inSnippetFields(list: number[], slot: number): boolean {
  let low = 0;
  let high = list.length >> 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[2 * mid]! < slot) low = mid + 1;
    else high = mid;
  }
  return 2 * low < list.length && list[2 * low] === slot && (list[2 * low + 1]! & SNIPPET_FIELDS) !== 0;
}

/** Each query word's matching terms, and every matched term mapped to its word (for snippets). */
export function expandQuery(index: InvertedIndex, query: string): { perWord: Expansion[][]; matched: Map<string, number> } {
  const words = [...new Set(tokenize(query))].slice(0, MAX_QUERY_WORDS);
  const typing = !/\s$/.test(query);
  const matched = new Map<string, number>();
  const perWord = words.map((word, w) => {
    const expansions = expand(index, word, typing && w === words.length - 1);
    for (const { termId } of expansions) if (!matched.has(index.termList[termId]!)) matched.set(index.termList[termId]!, w);
    return expansions;
  });
  return { perWord, matched };
}

function expand(index: InvertedIndex, word: string, typing: boolean): Expansion[] {
  const found = new Map<number, number>();
  const add = (termId: number | undefined, weight: number) => {
    if (termId !== undefined && weight > (found.get(termId) ?? 0)) found.set(termId, weight);
  };
  // Each candidate's id and frequency are looked up once, not in every comparison of a sort: a term's id
  // is a binary search of the vocabulary, and sorting a few hundred completions of "mont" by frequency
  // that way was most of a query.
  const candidate = (term: string, distance = 0): Candidate => {
    const termId = index.termId(term)!;
    return { termId, df: index.docFrequency(termId), distance };
  };
  add(index.termId(word), 1);
  const sorted = index.sorted.all();
  if (word.length >= 3 || (typing && word.length >= 2)) {
    const [start, end] = prefixRange(sorted, word);
    const range: Candidate[] = [];
    for (let i = start; i < end; i++) if (sorted[i] !== word) range.push(candidate(sorted[i]!));
    if (range.length > MAX_EXPANSIONS) range.sort((a, b) => b.df - a.df).length = MAX_EXPANSIONS;
    for (const { termId } of range) add(termId, PREFIX_WEIGHT);
  }
  // Typos are forgiven when the word as typed (and its completions) finds less than a screenful:
  // a word that is in many stories is spelt as the writer meant it, and its near-misses only add noise.
  let reach = 0;
  for (const termId of found.keys()) reach = Math.max(reach, index.docFrequency(termId));
  const maxDistance = reach >= FUZZY_UNTIL_DOCS || /^\d+$/.test(word) ? 0 : word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (maxDistance > 0) {
    const fuzzy: Candidate[] = [];
    // Typos are looked for among terms with the same first letter, as most fuzzy search does: writers
    // rarely miss the first letter, and walking one letter's terms instead of 240,000 is what keeps a
    // misspelt name under a few milliseconds.
    const [from, to] = prefixRange(sorted, word.slice(0, FUZZY_PREFIX));
    fuzzyTerms(
      sorted,
      word,
      maxDistance,
      (i, distance) => {
        if (distance > 0) fuzzy.push(candidate(sorted[i]!, distance));
      },
      from,
      to,
    );
    fuzzy.sort((a, b) => a.distance - b.distance || b.df - a.df);
    for (const { termId, distance } of fuzzy.slice(0, MAX_EXPANSIONS)) add(termId, FUZZY_WEIGHT[distance]!);
  }
  return [...found].map(([termId, weight]) => ({ termId, weight }));
}

interface Scratch {
  total: Float64Array;
  word: Float64Array;
  seen: Int32Array;
  /** 1 where the word being scored is in the slot's standfirst or body, else 0. */
  inText: Uint8Array;
  /** Per slot: how many of the words scored so far are in its standfirst or body. */
  textWords: Uint8Array;
  epoch: number;
}
let scratch: Scratch | null = null;

/** Per-slot arrays reused from query to query: allocating and zeroing them each time costs more than the scoring. */
function scratchFor(slots: number): Scratch {
  if (!scratch || scratch.total.length < slots) {
    const size = Math.max(1024, slots * 2);
    scratch = {
      total: new Float64Array(size),
      word: new Float64Array(size),
      seen: new Int32Array(size),
      inText: new Uint8Array(size),
      textWords: new Uint8Array(size),
      epoch: 0,
    };
  }
  return scratch;
}

/**
 * BM25F: each field's tf is saturated against its length, then weighted; the best expansion wins.
 * Writes each matching slot's score into `scores` and returns those slots; with `only`, it skips any
 * slot not marked with `epoch` there (the candidates left by the words before). `inText` says of each
 * returned slot whether any expansion is in its standfirst or body: a snippet need not look for the rest.
 */
function scoreWord(
  index: InvertedIndex,
  expansions: Expansion[],
  scores: Float64Array,
  inText: Uint8Array,
  only: Int32Array | null,
  epoch: number,
): number[] {
  const n = index.liveCount;
  const averages = index.fieldTotals.map((t) => Math.max(1, t / n));
  const fields = FIELDS.length;
  const lengths = index.lengths;
  const docIds = index.docIds;
  const idfOf = (termId: number) => {
    const df = index.docFrequency(termId);
    return df === 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  // A rare near-miss ("budgetary" for "budget") must not outscore the word itself on rarity alone.
  const exact = expansions.find((e) => e.weight === 1);
  const ceiling = exact ? idfOf(exact.termId) : Infinity;
  const matchedSlots: number[] = [];
  for (const { termId, weight } of expansions) {
    const list = index.postingsOf(termId);
    const idf = weight === 1 ? ceiling : Math.min(idfOf(termId), ceiling);
    if (idf === 0) continue;
    for (let i = 0; i < list.length; i += 2) {
      const slot = list[i]!;
      if ((only !== null && only[slot] !== epoch) || docIds[slot] === null) continue;
      const packed = list[i + 1]!;
      let s = 0;
      for (let f = 0; f < fields; f++) {
        const tf = tfOf(packed, f);
        if (tf === 0) continue;
        const norm = 1 - B + (B * lengths[slot * fields + f]!) / averages[f]!;
        s += (BOOSTS[f]! * tf * (K1 + 1)) / (tf + K1 * norm);
      }
      s *= weight * idf;
      const before = scores[slot]!;
      if (before === 0) {
        matchedSlots.push(slot);
        inText[slot] = 0;
      }
      if ((packed & SNIPPET_FIELDS) !== 0) inText[slot] = 1;
      if (s > before) scores[slot] = s;
    }
  }
  return matchedSlots;
}

/** The `limit` best slots, best first; ties go to the newer slot (the more recently saved article). */
function topSlots(slots: number[], total: Float64Array, limit: number): number[] {
  const byScore = (a: number, b: number) => total[b]! - total[a]! || b - a;
  if (slots.length <= limit) return slots.sort(byScore);
  // A min-heap of the best so far: most candidates are rejected by one comparison with its root, and
  // nothing is allocated per candidate (sorting 10,000 candidates per query was a tenth of its time).
  const worse = (a: number, b: number) => total[a]! < total[b]! || (total[a] === total[b] && a < b);
  const heap: number[] = [];
  for (const slot of slots) {
    if (heap.length < limit) {
      let i = heap.push(slot) - 1;
      while (i > 0 && worse(heap[i]!, heap[(i - 1) >> 1]!)) {
        [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1]!, heap[i]!];
        i = (i - 1) >> 1;
      }
    } else if (worse(heap[0]!, slot)) {
      heap[0] = slot;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < limit && worse(heap[l]!, heap[least]!)) least = l;
        if (r < limit && worse(heap[r]!, heap[least]!)) least = r;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least]!, heap[i]!];
        i = least;
      }
    }
  }
  return heap.sort(byScore);
}
