import { paragraph, type BodyNode } from '../../core/article/bodySchema';
import { relatedTeaserNode } from '../../core/article/relatedTeaser';
import { classifyBodyLine, relatedTitleLine } from './lineClassifiers';
import { TERMINAL_PUNCTUATION, type PasteLine } from './text';

export interface PastedBody {
  /** Paragraphs and related teasers, in page order. */
  nodes: BodyNode[];
  /** Every SOURCE line; the last one is usually the page's footer. */
  sources: string[];
  /** Agency credit trailers ("Reporting by …; Editing by …"), kept as a credit line, not body. */
  credits: string[];
}

/** Agency wires and e-mail wrap near 70 columns; web paragraphs are far longer than 100 characters. */
const MAX_WRAPPED_LINE = 100;
const MIN_WRAP_WIDTH = 40;
/** A line that breaks mid-sentence this close to the widest line shows the copy was wrapped. */
const SHORT_LINE = 0.75;

/**
 * Lines that were pasted together without a blank line between them. A web page that uses single
 * newlines gives one paragraph per line; hard-wrapped copy gives lines of about equal width that break
 * mid-sentence, which are joined back up into paragraphs.
 */
export function unwrapBlock(lines: readonly string[]): string[] {
  if (lines.length < 2) return [...lines];
  const width = lines.reduce((max, line) => Math.max(max, line.length), 0);
  const wrapped =
    width >= MIN_WRAP_WIDTH &&
    width <= MAX_WRAPPED_LINE &&
    lines.slice(0, -1).some((line) => line.length >= SHORT_LINE * width && !TERMINAL_PUNCTUATION.test(line));
  if (!wrapped) return [...lines];

  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    // "long-" + "time" was one word split at the hyphen; keep the hyphen, drop the space. The test looks
    // at the previous line, not the paragraph so far, which would flatten a long string on every line.
    const joinTight = /\p{L}-$/u.test(lines[i - 1] ?? '') && /^\p{Ll}/u.test(line);
    current = current === '' ? line : joinTight ? current + line : `${current} ${line}`;
    // Wrapping fills each line greedily, so if the next line's first word would have fitted on this
    // one, the line ended because its paragraph did.
    const nextWord = lines[i + 1]?.split(' ')[0] ?? '';
    if (line.length + 1 + nextWord.length <= width) {
      paragraphs.push(current);
      current = '';
    }
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

/** Turns the lines after the header into body nodes, pulling out teasers, SOURCE lines and page furniture. */
export function buildBody(lines: readonly PasteLine[]): PastedBody {
  const nodes: BodyNode[] = [];
  const sources: string[] = [];
  const credits: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    for (const text of unwrapBlock(block)) nodes.push(paragraph(text));
    block = [];
  };

  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (line.blankBefore) flush();
    const marker = classifyBodyLine(line.raw);
    if (marker === null) {
      block.push(line.text);
      continue;
    }
    flush();
    if (marker.kind === 'source') sources.push(marker.source);
    else if (marker.kind === 'credit') credits.push(marker.credit);
    else if (marker.kind === 'related') nodes.push(relatedTeaserNode({ title: marker.title, outlet: marker.outlet, url: null }));
    else if (marker.kind === 'relatedLabel') {
      // A bare "Related" label heads the teaser on the next line; alone, it is furniture.
      const next = lines[i + 1];
      const teaser = next && classifyBodyLine(next.raw) === null ? relatedTitleLine(next.raw) : null;
      if (teaser) {
        nodes.push(relatedTeaserNode({ title: teaser.title, outlet: teaser.outlet, url: null }));
        i += 1;
      }
    }
  }
  flush();
  return { nodes, sources, credits };
}
