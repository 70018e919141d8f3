/**
 * Word wrapping for wire copy. Widths are counted in graphemes, so "é" written as e + accent, or a flag
 * emoji, is one column, as a reader sees it. (East Asian wide characters still count as one.)
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Below U+0300 (Latin, its extensions, IPA) no code unit joins the one before it into a grapheme (CR LF
 * aside, which a word never holds), so a word made only of those is as wide as it is long. Asking
 * Intl.Segmenter about each of 20,000 words made a long read's wire export take a third of a second.
 */
function isSimple(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return false;
  return true;
}

export function displayWidth(text: string): number {
  if (isSimple(text)) return text.length;
  let width = 0;
  for (const _ of graphemes.segment(text)) width += 1;
  return width;
}

function splitGraphemes(text: string, size: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let width = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (width === size) {
      chunks.push(chunk);
      chunk = '';
      width = 0;
    }
    chunk += segment;
    width += 1;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

/**
 * Greedy fill: words are never split, except a word longer than the whole line (a long URL), which
 * starts a line of its own and is cut at the width. Runs of whitespace count as one space; the result
 * has no trailing spaces and no empty lines.
 */
export function wrapText(text: string, width: number): string[] {
  if (!Number.isInteger(width) || width < 1) throw new RangeError(`Wrap width must be a positive whole number, not ${width}.`);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const wordWidth = displayWidth(word);
    if (wordWidth > width) {
      if (line) lines.push(line);
      const chunks = splitGraphemes(word, width);
      line = chunks.pop()!;
      lineWidth = displayWidth(line);
      lines.push(...chunks);
    } else if (line === '') {
      line = word;
      lineWidth = wordWidth;
    } else if (lineWidth + 1 + wordWidth <= width) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
    } else {
      lines.push(line);
      line = word;
      lineWidth = wordWidth;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Prefixes the first line with `first` and the rest with `rest` (a hanging indent); blank lines stay blank. */
export function indentLines(lines: string[], first: string, rest = ' '.repeat(first.length)): string[] {
  return lines.map((line, index) => (line === '' ? '' : `${index === 0 ? first : rest}${line}`));
}
