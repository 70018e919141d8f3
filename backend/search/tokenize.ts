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

/**
 * Classes of the BMP's code units, filled on first sight: 1 word, 2 not. A regex test per character
 * is not only slow, V8 recompiles a \p{...} regex when its subject switches between one- and two-byte
 * strings ("£" then "’"), which made a 16,000-character body take half a second.
 */
const classes = new Uint8Array(65536);

/** For code units from 128 up; ASCII is tested inline in the loop. */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return isAstralWordChar(text, i);
  let known = classes[code]!;
  if (known === 0) known = classes[code] = NON_ASCII_WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** Both halves of a surrogate pair take the class of the whole code point (rare: historic scripts, emoji). */
function isAstralWordChar(text: string, i: number): boolean {
  const at = text.charCodeAt(i) >= 0xdc00 && i > 0 ? i - 1 : i;
  const point = text.codePointAt(at);
  return point !== undefined && point > 0xffff && NON_ASCII_WORD_CHAR.test(String.fromCodePoint(point));
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

/**
 * What the index's hot loop receives per token: the term as a span of `source` ([from, to)) with its
 * hash, so that looking a known term up allocates nothing; building a string per token (13 million
 * at 10,000 articles) and having V8 hash it again was most of a build's time.
 */
export type TermSpanVisitor = (source: string, from: number, to: number, hash: number, start: number, end: number) => void | boolean;

/** FNV-1a over UTF-16 code units; TermTable and forEachTermSpan must agree on it. */
export function hashTerm(term: string, from = 0, to = term.length): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ term.charCodeAt(i), 0x01000193);
  return hash;
}

/** Calls `visit` for each token with its term and its [start, end) in `text`. */
export function forEachToken(text: string, visit: TokenVisitor): void {
  scan(text, (source, from, to, _hash, start, end) => {
    visit(from === 0 && to === source.length ? source : source.slice(from, to), start, end);
  });
}

/**
 * Like forEachToken, for indexing and snippets: each term as a span with its hash, then its
 * [start, end) in `text`. A visitor that returns true stops the scan there.
 */
export function forEachTermSpan(text: string, visit: TermSpanVisitor): void {
  scan(text, visit);
}

function scan(text: string, visit: TermSpanVisitor): void {
  const lower = text.toLowerCase();
  // Lower-casing can change a string's length (İ becomes two code units); then offsets would drift.
  // Otherwise the lower-cased copy is scanned as well as sliced: reading it flattens it first, and V8
  // slices an unflattened two-byte string by copying it again for every token (minutes per library).
  const sameLength = lower.length === text.length;
  const source = sameLength ? lower : text;
  const end = source.length;
  let start = -1;
  let ascii = true;
  let hash = 0x811c9dc5;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? source.charCodeAt(i) : 32;
    if (
      code < 128 ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) : isWordChar(code, source, i)
    ) {
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5;
      }
      if (code >= 128) ascii = false;
      hash = Math.imul(hash ^ code, 0x01000193);
      continue;
    }
    if (start < 0) continue;
    if (ascii && sameLength) {
      // The common case, kept free of calls and allocation: a plain lower-case ASCII word.
      if (
        (i - start > 1 ? i - start <= MAX_TERM_LENGTH : source.charCodeAt(start) <= 57) &&
        visit(source, start, i, hash, start, i) === true
      )
        return;
    } else {
      const term = fold(sameLength ? source.slice(start, i) : source.slice(start, i).toLowerCase());
      if (keep(term) && visit(term, 0, term.length, hashTerm(term), start, i) === true) return;
    }
    start = -1;
    ascii = true;
  }
}

export function tokenize(text: string): string[] {
  const terms: string[] = [];
  forEachToken(text, (term) => terms.push(term));
  return terms;
}
