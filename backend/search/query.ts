import { fuzzyTerms } from './fuzzyTerms';
import { FIELDS, tfOf, type InvertedIndex } from './invertedIndex';
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

export interface QueryHit {
  id: string;
  score: number;
}

export interface QueryResult {
  hits: QueryHit[];
  /** Every index term a query word matched, with the query word's position, for snippets. */
  matched: Map<string, number>;
}

interface Expansion {
  termId: number;
  weight: number;
}

/**
 * Every query word must match (AND), each by its exact term, by prefix (words of 3 letters or more,
 * and the word still being typed), or by a typo within 1 edit (4 to 7 letters) or 2 (8 or more).
 * Documents are ranked by BM25F over the weighted fields; a word's score in a document is its best
 * expansion's, so "gov" does not score a story once for each of "government", "governor" and "govern".
 */
export function runQuery(index: InvertedIndex, query: string): QueryResult {
  const { perWord, matched } = expandQuery(index, query);
  if (perWord.length === 0 || index.liveCount === 0) return { hits: [], matched };
  const slots = index.docIds.length;
  const total = new Float64Array(slots);
  let candidates: number[] | null = null;
  for (const expansions of perWord) {
    const scores = scoreWord(index, expansions);
    const next: number[] = [];
    if (candidates === null) {
      for (let slot = 0; slot < slots; slot++) if (scores[slot]! > 0) next.push(slot);
    } else {
      for (const slot of candidates) if (scores[slot]! > 0) next.push(slot);
    }
    for (const slot of next) total[slot]! += scores[slot]!;
    candidates = next;
    if (candidates.length === 0) break;
  }
  const ranked = candidates ?? [];
  // Ties go to the newer slot: the more recently saved article.
  ranked.sort((a, b) => total[b]! - total[a]! || b - a);
  return { hits: ranked.map((slot) => ({ id: index.docIds[slot]!, score: total[slot]! })), matched };
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
  add(index.terms.get(word), 1);
  const sorted = index.sorted.all();
  if (word.length >= 3 || (typing && word.length >= 2)) {
    const [start, end] = prefixRange(sorted, word);
    const range = sorted.slice(start, end).filter((term) => term !== word);
    const byFrequency = range.length > MAX_EXPANSIONS ? range.sort((a, b) => postingsOf(index, b) - postingsOf(index, a)).slice(0, MAX_EXPANSIONS) : range;
    for (const term of byFrequency) add(index.terms.get(term), PREFIX_WEIGHT);
  }
  const maxDistance = /^\d+$/.test(word) ? 0 : word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  if (maxDistance > 0) {
    const fuzzy: Array<[string, number]> = [];
    fuzzyTerms(sorted, word, maxDistance, (i, distance) => {
      if (distance > 0) fuzzy.push([sorted[i]!, distance]);
    });
    fuzzy.sort((a, b) => a[1] - b[1] || postingsOf(index, b[0]) - postingsOf(index, a[0]));
    for (const [term, distance] of fuzzy.slice(0, MAX_EXPANSIONS)) add(index.terms.get(term), FUZZY_WEIGHT[distance]!);
  }
  return [...found].map(([termId, weight]) => ({ termId, weight }));
}

const postingsOf = (index: InvertedIndex, term: string): number => index.postings[index.terms.get(term)!]!.length;

/** BM25F: each field's tf is saturated against its length, then weighted; the best expansion wins. */
function scoreWord(index: InvertedIndex, expansions: Expansion[]): Float64Array {
  const n = index.liveCount;
  const averages = index.fieldTotals.map((t) => Math.max(1, t / n));
  const scores = new Float64Array(index.docIds.length);
  const fields = FIELDS.length;
  const idfOf = (termId: number) => {
    const list = index.postings[termId]!;
    // Without tombstones (the usual state after a load) the list's length is the document frequency.
    let df = index.deadCount === 0 ? list.length / 2 : 0;
    if (df === 0) for (let i = 0; i < list.length; i += 2) if (index.docIds[list[i]!] !== null) df++;
    return df === 0 ? 0 : Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  // A rare near-miss ("budgetary" for "budget") must not outscore the word itself on rarity alone.
  const exact = expansions.find((e) => e.weight === 1);
  const ceiling = exact ? idfOf(exact.termId) : Infinity;
  for (const { termId, weight } of expansions) {
    const list = index.postings[termId]!;
    const idf = weight === 1 ? ceiling : Math.min(idfOf(termId), ceiling);
    if (idf === 0) continue;
    for (let i = 0; i < list.length; i += 2) {
      const slot = list[i]!;
      if (index.docIds[slot] === null) continue;
      const packed = list[i + 1]!;
      let s = 0;
      for (let f = 0; f < fields; f++) {
        const tf = tfOf(packed, f);
        if (tf === 0) continue;
        const norm = 1 - B + (B * index.lengths[slot * fields + f]!) / averages[f]!;
        s += (BOOSTS[f]! * tf * (K1 + 1)) / (tf + K1 * norm);
      }
      s *= weight * idf;
      if (s > scores[slot]!) scores[slot] = s;
    }
  }
  return scores;
}
