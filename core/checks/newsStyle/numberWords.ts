/** Number words for the numbers rules: "one" to "nine" are spelled out; from 10 figures are used. */
export const SMALL_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Every spelled number from ten to ninety-nine, with its value. */
export const LARGE_NUMBER_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  TEENS.forEach((w, i) => words.set(w, 10 + i));
  TENS.forEach((tens, i) => {
    words.set(tens, 20 + i * 10);
    for (let unit = 1; unit <= 9; unit++) words.set(`${tens}-${SMALL_NUMBER_WORDS[unit]}`, 20 + i * 10 + unit);
  });
  return words;
})();

export const ANY_NUMBER_WORD: ReadonlyMap<string, number> = new Map([
  ...SMALL_NUMBER_WORDS.map((w, i) => [w, i] as const),
  ...LARGE_NUMBER_WORDS,
]);

/** Spells 0–99 out ("seventy-two"), for a sentence that starts with a figure. */
export function spellNumber(value: number): string | null {
  if (!Number.isInteger(value) || value < 0 || value > 99) return null;
  if (value < 10) return SMALL_NUMBER_WORDS[value]!;
  if (value < 20) return TEENS[value - 10]!;
  const tens = TENS[Math.floor(value / 10) - 2]!;
  return value % 10 === 0 ? tens : `${tens}-${SMALL_NUMBER_WORDS[value % 10]}`;
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Keeps the case of the word it replaces ("Five" → "Five", "five" → "five"). */
export function matchCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? capitalise(replacement) : replacement;
}
