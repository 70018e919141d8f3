import { parseDateline } from './dateline';
import { assignHeaderProse, guessStandfirst } from './headerProse';
import { classifyBodyLine, classifyHeaderLine, parseSectionLabel, type HeaderFact } from './lineClassifiers';
import { sameTextKey, type PasteLine } from './text';
import type { PastedHeader } from './pastedHeader';

export type { PastedHeader } from './pastedHeader';

/** How far past the headline the page's header may run (section, times, bylines, captions, repeats). */
const HEADER_WINDOW = 12;
/** Prose lines allowed inside the header: the standfirst plus a caption, or a reporter's name and outlet. */
const HEADER_PROSE = 2;
const MAX_HEADLINE = 300;

function snippet(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Reads the top of the page: an optional section label, facts printed before the headline, the headline,
 * then a short run of header lines (standfirst, repeated headline, caption, time, byline) that ends where
 * the body's prose begins. A dateline or a third prose line always means the body has started.
 */
export function readHeader(lines: readonly PasteLine[], now: Date): PastedHeader {
  const header: PastedHeader = {
    section: '',
    headline: '',
    standfirst: '',
    byline: '',
    caption: null,
    times: [],
    readTime: null,
    bodyStart: 0,
    leadingBody: [],
    warnings: [],
  };
  const memo = new Map<number, HeaderFact[] | null>();
  const factsAt = (i: number): HeaderFact[] | null => {
    if (!memo.has(i)) memo.set(i, lines[i] ? classifyHeaderLine(lines[i].raw, now) : null);
    return memo.get(i) ?? null;
  };
  const markerAt = (i: number) => (lines[i] ? classifyBodyLine(lines[i].raw) : null);
  const creditOnly: number[] = [];
  const collect = (facts: HeaderFact[], index: number): void => {
    for (const fact of facts) {
      if (fact.kind === 'readTime') header.readTime ??= fact.text;
      else if (fact.kind === 'time') header.times.push(fact.time);
      else if (fact.kind === 'byline') header.byline ||= fact.byline;
      else if (fact.kind === 'section') header.section ||= fact.section;
      else if (fact.caption.caption === '') creditOnly.push(index);
      else if (header.caption === null) header.caption = fact.caption;
      else if (lines[index]) moveToBody(lines[index], 'caption', 'a second image caption');
    }
  };
  const moveToBody = (line: PasteLine, field: string, what: string): void => {
    header.leadingBody.push(line);
    header.warnings.push({
      field,
      message: `"${snippet(line.text)}" looked like ${what} and was kept at the start of the body. Move or delete it.`,
    });
  };

  let i = 0;
  const first = lines[0];
  if (first && lines.length > 1 && factsAt(0) === null && markerAt(0) === null) {
    const label = parseSectionLabel(first.text);
    if (label !== null) {
      header.section = label;
      i = 1;
    }
  }
  for (; i < lines.length; i += 1) {
    const facts = factsAt(i);
    if (facts) collect(facts, i);
    else if (markerAt(i)?.kind !== 'furniture') break;
  }

  const candidate = lines[i];
  if (!candidate || markerAt(i) !== null || candidate.text.length > MAX_HEADLINE || parseDateline(candidate.text)) {
    header.warnings.push({ field: 'headline', message: 'No headline was found. Type one in, or paste from the top of the page.' });
    header.bodyStart = i;
    return header;
  }
  const h = i;
  header.headline = candidate.text;
  if (/[^.]\.$/.test(candidate.text)) {
    header.warnings.push({
      field: 'headline',
      message: 'The headline ends like a sentence. Check that it is the headline and not the first paragraph.',
    });
  }

  const headlineKey = sameTextKey(candidate.text);
  const isRepeat = (j: number) => lines[j] !== undefined && sameTextKey(lines[j].text) === headlineKey;
  let end = h;
  let prose = 0;
  for (let j = h + 1; j < lines.length && j <= h + HEADER_WINDOW; j += 1) {
    if (isRepeat(j) || factsAt(j) !== null) {
      end = j;
      continue;
    }
    const marker = markerAt(j);
    if (marker?.kind === 'furniture') continue;
    if (marker !== null || parseDateline(lines[j]!.text)) break;
    prose += 1;
    if (prose > HEADER_PROSE) break;
  }

  const zoneProse: number[] = [];
  for (let j = h + 1; j <= end; j += 1) {
    const facts = factsAt(j);
    if (isRepeat(j)) continue;
    if (facts) collect(facts, j);
    else if (markerAt(j)?.kind !== 'furniture') zoneProse.push(j);
  }
  end = assignHeaderProse({ lines, header, zoneProse, creditOnly, end, factsAt, moveToBody });
  if (end === h) end = guessStandfirst(lines, h, header);
  header.bodyStart = end + 1;
  return header;
}
