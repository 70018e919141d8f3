/**
 * Whether a paste into the body could be a whole article rather than a passage: a cheap look at the
 * clipboard, so the import recogniser (the backend's parseImport, the same as Paste as new) runs only on
 * pastes worth asking about. The recogniser then has the last word.
 *
 * - `page`: the clipboard holds a whole HTML document (a saved or "view source" page);
 * - `selection`: HTML with an article's shape, a headline (h1, or an <article>) over several paragraphs;
 * - `text`: plain text shaped like a wire story, a short headline line over several paragraphs.
 */
export type WholeArticlePaste =
  { kind: 'page'; html: string } | { kind: 'selection'; html: string; text: string } | { kind: 'text'; text: string };

/** Paragraphs a passage rarely has and an article nearly always does. */
export const MIN_PARAGRAPHS = 4;
export const MIN_WORDS = 120;
const MAX_HEADLINE_WORDS = 25;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export function wholeArticlePaste(html: string, text: string): WholeArticlePaste | null {
  if (html.trim()) {
    if (/<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(html)) return { kind: 'page', html };
    const paragraphs = html.match(/<p[\s>]/gi)?.length ?? 0;
    const headline = /<h1[\s>]|<article[\s>]/i.test(html);
    if (headline && paragraphs >= MIN_PARAGRAPHS && words(text || html.replace(/<[^>]*>/g, ' ')) >= MIN_WORDS) {
      return { kind: 'selection', html, text };
    }
    return null;
  }
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines[0];
  if (!first || lines.length < MIN_PARAGRAPHS + 1 || words(text) < MIN_WORDS) return null;
  // A headline: short, and not a sentence that runs on into the next line.
  const headlineLike = lines.slice(0, 3).some((l) => words(l) <= MAX_HEADLINE_WORDS && !/[.,;:]$/.test(l));
  return headlineLike ? { kind: 'text', text } : null;
}
