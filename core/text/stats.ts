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

/** Counts the body, which is what a reader reads through; the headline and standfirst are not timed. */
export function articleStats(article: Pick<Article, 'body'>): ArticleStats {
  const blocks = bodyBlocks(article.body);
  let words = 0;
  let characters = 0;
  for (const block of blocks) {
    words += countWords(block);
    characters += block.length;
  }
  return { words, characters, readMinutes: readTimeMinutes(words) };
}
