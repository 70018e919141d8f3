/**
 * The words of a text that are worth a dictionary look-up, with where they are.
 *
 * Letters joined by an apostrophe stay one word ("don't", "it’s"); a hyphen splits ("re-election" is
 * checked as "re" and "election", as Chromium does). Tokens a dictionary cannot judge are skipped: anything
 * with a digit ("1990s", "G7"), web and mail addresses, and single letters.
 */
export interface SpellingWord {
  word: string;
  /** Offsets in the text given, end exclusive. */
  from: number;
  to: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
/** Runs that are addresses, not prose: a scheme or www., or something@something. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/giu;
const DIGIT = /\p{N}/u;

export function spellingWords(text: string): SpellingWord[] {
  const skipped: Array<[number, number]> = [];
  for (const match of text.matchAll(ADDRESS)) skipped.push([match.index, match.index + match[0].length]);
  const words: SpellingWord[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const from = match.index;
    const word = match[0];
    const to = from + word.length;
    if (word.length < 2 || DIGIT.test(word)) continue;
    if (skipped.some(([start, end]) => from < end && to > start)) continue;
    words.push({ word, from, to });
  }
  return words;
}

/** The form a dictionary is asked about: typographic apostrophes as the dictionaries spell them. */
export function dictionaryForm(word: string): string {
  return word.replace(/’/g, "'");
}
