import { FIELD_LIMITS } from '../../core/article/schema';
import { looksLikePersonName } from './byline';
import { parseDateline } from './dateline';
import type { PastedHeader } from './pastedHeader';
import { classifyBodyLine, type HeaderFact } from './lineClassifiers';
import { TERMINAL_PUNCTUATION, type PasteLine } from './text';
import { isKnownOutlet } from './vocabulary';

const MAX_GUESSED_STANDFIRST = 400;
const MAX_CAPTION_BELOW = 250;

export interface HeaderProse {
  lines: readonly PasteLine[];
  header: PastedHeader;
  /** Indexes of the header's lines that state no fact: standfirst, names, captions without credit. */
  zoneProse: number[];
  /** Indexes of credit-only lines ("Photo: Getty Images"). */
  creditOnly: readonly number[];
  /** Index of the header's last line. */
  end: number;
  factsAt: (index: number) => HeaderFact[] | null;
  moveToBody: (line: PasteLine, field: string, what: string) => void;
}

/** "BBC News, Moscow" under a reporter's name: the outlet and where they file from. */
function isOutletLine(text: string): boolean {
  const [first = '', ...rest] = text.split(',');
  return isKnownOutlet(first) && rest.length <= 2 && text.length <= 60;
}

/**
 * Gives the header's prose lines their jobs: a bare name (plus an outlet line under it) is the byline, a
 * credit line takes the caption next to it, the first remaining line is the standfirst, and anything
 * else opens the body with a warning. Returns the header's last line, which may grow by a caption.
 */
export function assignHeaderProse(input: HeaderProse): number {
  const { lines, header, zoneProse, factsAt, moveToBody } = input;
  let { end } = input;
  const text = (j: number) => lines[j]?.text ?? '';
  const take = (j: number) => zoneProse.splice(zoneProse.indexOf(j), 1);

  // A standfirst is never a bare name, so a two-to-four-word name among the header lines is the byline.
  for (const j of [...zoneProse]) {
    if (!looksLikePersonName(text(j))) continue;
    take(j);
    if (header.byline !== '') continue;
    header.byline = text(j);
    if (zoneProse.includes(j + 1) && isOutletLine(text(j + 1))) {
      header.byline = `${header.byline}, ${text(j + 1)}`;
      take(j + 1);
    }
  }

  // A credit on its own line belongs to the caption just above it or, failing that, just below it.
  for (const k of input.creditOnly) {
    const fact = factsAt(k)?.find((f) => f.kind === 'caption');
    if (fact?.kind !== 'caption' || header.caption !== null) continue;
    const credit = fact.caption.credit;
    if (zoneProse.includes(k - 1)) {
      header.caption = { caption: text(k - 1), credit };
      take(k - 1);
      continue;
    }
    const below = lines[k + 1];
    const captionBelow =
      below !== undefined &&
      (zoneProse.includes(k + 1) || k + 1 === end + 1) &&
      below.text.length <= MAX_CAPTION_BELOW &&
      !TERMINAL_PUNCTUATION.test(below.text) &&
      classifyBodyLine(below.raw) === null &&
      parseDateline(below.text) === null;
    header.caption = { caption: captionBelow ? below.text : '', credit };
    if (captionBelow) {
      if (zoneProse.includes(k + 1)) take(k + 1);
      end = Math.max(end, k + 1);
      header.warnings.push({ field: 'caption', message: `The caption was taken from the line under the credit "${credit}". Check it.` });
    }
  }

  const [standfirstIndex, ...extra] = zoneProse;
  if (standfirstIndex !== undefined && text(standfirstIndex).length <= FIELD_LIMITS.standfirst) {
    header.standfirst = text(standfirstIndex);
  } else if (standfirstIndex !== undefined) {
    extra.unshift(standfirstIndex);
  }
  for (const j of extra) moveToBody(lines[j]!, 'body', 'part of the page header');
  return end;
}

/**
 * With nothing but prose after the headline, a line attached to it while the paragraphs below are
 * separated by blank lines is the standfirst; otherwise the first paragraph stays in the body, flagged.
 * Returns the header's last line.
 */
export function guessStandfirst(lines: readonly PasteLine[], h: number, header: PastedHeader): number {
  const next = lines[h + 1];
  if (!next || classifyBodyLine(next.raw) !== null || parseDateline(next.text)) return h;
  const after = lines[h + 2];
  if (!next.blankBefore && after?.blankBefore && next.text.length <= FIELD_LIMITS.standfirst) {
    header.standfirst = next.text;
    return h + 1;
  }
  if (after && next.text.length <= MAX_GUESSED_STANDFIRST) {
    header.warnings.push({
      field: 'standfirst',
      message:
        'No standfirst was recognised; the line after the headline was kept as the first paragraph. Move it if it is the standfirst.',
    });
  }
  return h;
}
