/**
 * The one tokenizer shared by indexing, querying and snippets, so a word found by search is the same
 * word highlighted in a snippet. A token is a run of letters or digits; apostrophes and hyphens split
 * ("Maduro's" gives "maduro"), and lone letters are dropped (the "s" and "t" that splitting leaves).
 * Terms are lower-cased and, when not plain ASCII, stripped of accents, so "Valparaíso" finds
 * "Valparaiso". Hand-written rather than a regex: it is the hot loop of a 13-million-word build.
 */
export type TokenVisitor = (term: string, start: number, end: number) => void;

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARKS = /\p{M}/gu;
export const MAX_TERM_LENGTH = 40;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return NON_ASCII_WORD_CHAR.test(text[i]!);
}

function fold(term: string): string {
  for (let i = 0; i < term.length; i++) {
    if (term.charCodeAt(i) > 127) return term.normalize('NFD').replace(MARKS, '').normalize('NFC');
  }
  return term;
}

function keep(term: string): boolean {
  if (term.length > 1) return term.length <= MAX_TERM_LENGTH;
  const code = term.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** Calls `visit` for each token with its term and its [start, end) in `text`. */
export function forEachToken(text: string, visit: TokenVisitor): void {
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (İ becomes two code units); then offsets would drift.
  const sameLength = lower.length === text.length;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isWordChar(text.charCodeAt(i), text, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const raw = sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
    const term = fold(raw);
    if (keep(term)) visit(term, start, i);
    start = -1;
  }
}

export function tokenize(text: string): string[] {
  const terms: string[] = [];
  forEachToken(text, (term) => terms.push(term));
  return terms;
}
