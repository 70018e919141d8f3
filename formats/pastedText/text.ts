import { ImportError } from '../../core/import/importTypes';
import { stripLinkNoise } from './vocabulary';

/** Well above any real article (a long read is ~60,000 characters), low enough to refuse a pasted book. */
export const MAX_PASTE_CHARS = 2_000_000;

/** Real pasted copy has essentially no control characters; a tenth of them means bytes, not text. */
const BINARY_RATIO = 0.1;

// C0 and C1 controls other than tab and the line breaks, plus the replacement and non-characters that a
// mis-decoded binary file turns into. Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFD\uFFFE\uFFFF]/g;
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
const BLANK = /^[\s\u200B\u2060\uFEFF]*$/u;

/** Refuses what cannot be an article, with a message that says what to do instead. */
export function assertImportable(text: string): void {
  if (text.length > MAX_PASTE_CHARS) {
    throw new ImportError(
      'too_large',
      `The pasted text is ${text.length.toLocaleString('en')} characters long; Copydesk imports at most ` +
        `${MAX_PASTE_CHARS.toLocaleString('en')}. Copy one article at a time and paste again.`,
    );
  }
  if (text.includes('\u0000')) {
    throw new ImportError(
      'binary',
      'The pasted content contains binary data, not text. Copy the article text from the page (not a file) and paste again.',
    );
  }
  if (BLANK.test(text)) {
    throw new ImportError('empty', 'There is no text to import. Copy the article text from the page and paste again.');
  }
  const visible = text.replace(/\s+/g, '').length;
  const controls = text.match(NON_PRINTABLE)?.length ?? 0;
  if (controls > visible * BINARY_RATIO) {
    throw new ImportError(
      'binary',
      'The pasted content is mostly unreadable characters, which usually means a file or image was copied. ' +
        'Copy the article text from the page and paste again.',
    );
  }
}

/**
 * Splits the paste into trimmed lines with the web's invisible differences removed: Windows and old Mac
 * line endings, Unicode line separators, non-breaking and other typographic spaces, zero-width characters
 * and stray controls. Inner runs of spaces are kept, since "Related  Title" uses them as a separator.
 */
export function toLines(text: string): string[] {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(NON_PRINTABLE, '')
    .split('\n')
    .map((line) => stripLinkNoise(line).trim());
}

/** The text as it goes into the article: one space between words. */
export function collapseSpaces(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim();
}

/** Curly and straight quotes differ between a page's headline and its repeat; compare without them. */
export function foldQuotes(text: string): string {
  return text.replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″«»]/g, '"');
}

/** A key for "is this the same line again": case, quotes, spacing and closing punctuation ignored. */
export function sameTextKey(text: string): string {
  return foldQuotes(collapseSpaces(text))
    .toLowerCase()
    .replace(/[\s.!?:;,]+$/, '');
}

/** Ends like a sentence or a quotation, which a line cut by hard wrapping rarely does. */
export const TERMINAL_PUNCTUATION = /[.!?:;"'”’)\]…]$/;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A non-blank line of the paste; `blankBefore` keeps the paragraph structure the blank lines gave. */
export interface PasteLine {
  /** Trimmed, with inner spacing as pasted. */
  raw: string;
  /** As it goes into the article. */
  text: string;
  blankBefore: boolean;
}

export function toPasteLines(lines: readonly string[]): PasteLine[] {
  const result: PasteLine[] = [];
  let blank = false;
  for (const raw of lines) {
    if (raw === '') {
      blank = true;
      continue;
    }
    result.push({ raw, text: collapseSpaces(raw), blankBefore: blank && result.length > 0 });
    blank = false;
  }
  return result;
}
