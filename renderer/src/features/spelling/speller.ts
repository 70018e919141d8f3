import nspell from 'nspell';
import { dictionaryForm } from './spellingWords';

export interface HunspellFiles {
  aff: string;
  dic: string;
}

const LATIN = /\p{Script=Latin}/u;

/** How many suggestions the menu shows. */
export const MAX_SUGGESTIONS = 6;

/**
 * Hunspell dictionaries (nspell) for the ticked languages plus the user's own words. A word is right if
 * any ticked language or the word list has it; suggestions from every language are merged and ranked by
 * how likely the slip is (see `slipCost`), because nspell returns them in the order it generated them.
 */
export class Speller {
  private readonly dictionaries: ReturnType<typeof nspell>[];
  private personal = new Set<string>();

  constructor(files: readonly HunspellFiles[]) {
    this.dictionaries = files.map((f) => nspell(f.aff, f.dic));
  }

  setPersonalWords(words: readonly string[]): void {
    this.personal = new Set(words.map((w) => dictionaryForm(w)));
  }

  correct(word: string): boolean {
    const form = dictionaryForm(word);
    if (this.dictionaries.length === 0) return true;
    // The bundled dictionaries are Latin-script: like Chromium, they do not judge a word in another script
    // (a Cyrillic name, an Arabic quote) rather than call it wrong.
    if (!LATIN.test(form)) return true;
    if (this.personal.has(form) || this.personal.has(form.toLowerCase())) return true;
    return this.dictionaries.some((d) => d.correct(form));
  }

  suggest(word: string): string[] {
    const form = dictionaryForm(word);
    const all = new Set<string>();
    for (const d of this.dictionaries) for (const s of d.suggest(form)) all.add(s);
    const curly = word.includes('’');
    return [...all]
      .map((s, index) => ({ s: curly ? s.replace(/'/g, '’') : s, cost: slipCost(form, s), index }))
      .sort((a, b) => a.cost - b.cost || a.index - b.index)
      .slice(0, MAX_SUGGESTIONS)
      .map((x) => x.s);
  }
}

/**
 * Edit distance (optimal string alignment) where the slips typists make most often cost less: two
 * letters swapped ("teh" → "the"), a missing apostrophe ("dont" → "don't"), a change of case only. The
 * first letter is rarely the slip, so changing it costs a little more ("tset": "test" before "stet").
 */
export function slipCost(typed: string, candidate: string): number {
  const a = [...typed];
  const b = [...candidate];
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const same = a[i - 1] === b[j - 1];
      const caseOnly = !same && a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase();
      const insertCost = b[j - 1] === "'" ? 0.5 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + insertCost, d[i - 1]![j - 1]! + (same ? 0 : caseOnly ? 0.25 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 0.5);
      d[i]![j] = best;
    }
  }
  const firstChanged = a[0]?.toLowerCase() !== b[0]?.toLowerCase();
  return d[a.length]![b.length]! + (firstChanged ? 0.1 : 0);
}
