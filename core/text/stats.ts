import type { Article } from '../article/schema';
import { bodyBlocks } from './bodyText';

/**
 * Adult silent reading of non-fiction runs at about 238 words a minute (Brysbaert, 2019); news sites
 * round to a friendlier 230, which gives the seed story its "2 min read".
 */
export const WORDS_PER_MINUTE = 230;

// A word is a run of letters or digits, allowing inner apostrophes and hyphens ("don't", "long-time").
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count += 1;
  return count;
}

/** Minutes to read, never below one: a two-line brief is still "1 min read". */
export function readTimeMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

export interface ArticleStats {
  words: number;
  characters: number;
  readMinutes: number;
}

/**
 * Word counts of the blocks of the body counted last, by their text. Every save counts its article
 * (the index entry's words), and between two saves of the same article most paragraphs are unchanged:
 * counting each again was a third of a 2,000-word save's own work. Only one body's blocks are kept.
 */
let previousCounts = new Map<string, number>();

/** Counts the body, which is what a reader reads through; the headline and standfirst are not timed. */
export function articleStats(article: Pick<Article, 'body'>): ArticleStats {
  const blocks = bodyBlocks(article.body);
  const counts = new Map<string, number>();
  let words = 0;
  let characters = 0;
  for (const block of blocks) {
    const known = counts.get(block) ?? previousCounts.get(block);
    const count = known ?? countWords(block);
    counts.set(block, count);
    words += count;
    characters += block.length;
  }
  previousCounts = counts;
  return { words, characters, readMinutes: readTimeMinutes(words) };
}
