import { Element, Text, type Document } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { cleanLinkHref } from '../../../core/html/linkHref';
import { findElements, textOf } from '../../../core/html/domQuery';
import { cleanByline } from './bylineText';

/**
 * What Readability leaves in that a news body does not want, removed from its output before the
 * allow-list reads it: pictures with their captions (the body holds no pictures; the lead image is
 * read separately), lines of page furniture, the headline and byline repeated, and in-body links to
 * other stories, which become Related teasers as in the seed ("[Read: …]", "Read more: …", "Lire aussi :
 * …", or a "More news:" label over a list of links).
 */
export interface CleanupOptions {
  /** The headline as chosen and as the page's own markup printed it; either may repeat at the top. */
  headlines: readonly string[];
  byline: string;
}

export interface CleanupReport {
  picturesDropped: number;
  teasers: number;
  /** The picture at the top of the story, before any of its text: the lead image, with its caption and credit. */
  lead: { src: string; caption: string; credit: string; alt: string } | null;
}

const FURNITURE = [
  /^continue reading( the main story)?\.?$/i,
  /^(advertisement|advertising|anzeige|publicité|sponsored( content)?)$/i,
  /^(story|article) continues (below|after (this )?advertisement)\.?$/i,
  /^(skip|close) (ad|advert)$/i,
  /^share (this|on) .{0,30}$/i,
  /^(expand|show) (full story|more)$/i,
  /^(photo|video|image|gallery)( \d+ (of|\/) \d+)?$/i,
  /^\d+ \/ \d+$/,
];

const TEASER_LABEL =
  /^\s*[[(]?\s*(?:read|read more|read also|also read|more|related|related coverage|related stories|see also|watch|listen|lire aussi|lire|à lire aussi|leia também|leia mais|mehr zum thema|lesen sie auch|ver también|lee también)\s*[:：]\s*/i;
const LIST_LABEL =
  /^(read more|related( coverage| stories| articles| links)?|more (on this story|news|stories|from [\w\s]{1,30}|[\w\s]{1,20} news)|see also|lire aussi|recommended|most read|you may also like)\s*[:：]?$/i;

export function cleanReadableBody(html: string, options: CleanupOptions): { doc: Document; report: CleanupReport } {
  const doc = parseDocument(html);
  const report: CleanupReport = { picturesDropped: 0, teasers: 0, lead: null };
  const same = (a: string, b: string) => b !== '' && squash(a) === squash(b);
  // The headline or byline repeated above a picture does not make it a picture inside the story.
  const isRepeat = (text: string) =>
    options.headlines.some((h) => same(text, h)) ||
    same(text, options.byline) ||
    (text.length <= 200 && same(cleanByline(text), options.byline));
  const firstText = findElements(
    doc.children,
    (el) => /^(p|h[1-6]|li|blockquote)$/.test(el.name) && textOf(el).trim() !== '' && !isRepeat(textOf(el).replace(/\s+/g, ' ').trim()),
    1,
  )[0];
  for (const figure of findElements(doc.children, (el) => el.name === 'figure' || el.name === 'picture')) {
    if (!figure.parent) continue;
    // domutils: PRECEDING (2) means the figure comes before the story's first text.
    if (
      report.picturesDropped === 0 &&
      figure.name === 'figure' &&
      (!firstText || (DomUtils.compareDocumentPosition(figure, firstText) & 2) !== 0)
    ) {
      report.lead = figureParts(figure);
    }
    DomUtils.removeElement(figure);
    report.picturesDropped++;
  }
  // Labels go after the walk: the links under a label are recognised by it.
  const labels: Element[] = [];
  const blocks = findElements(doc.children, (el) => /^(p|h[1-6]|li|div|span)$/.test(el.name) && !hasBlockChild(el));
  for (const block of blocks) {
    if (!block.parent) continue;
    const text = textOf(block).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    if (FURNITURE.some((re) => re.test(text)) || isRepeat(text)) {
      DomUtils.removeElement(block);
      continue;
    }
    const teaser = teaserOf(block, text, isUnderListLabel(block));
    if (teaser) {
      DomUtils.replaceElement(block, teaser);
      report.teasers++;
    } else if (LIST_LABEL.test(text) && /^(p|h[1-6]|div|span)$/.test(block.name)) {
      labels.push(block);
    }
  }
  for (const label of labels) if (label.parent) DomUtils.removeElement(label);
  liftTeaserLists(doc);
  return { doc, report };
}

/** A list whose every item became a teaser is a list of teasers, not a list in the story. */
function liftTeaserLists(doc: Document): void {
  for (const list of findElements(doc.children, (el) => el.name === 'ul' || el.name === 'ol')) {
    const items = list.children.filter((c): c is Element => c instanceof Element);
    if (items.length === 0 || !items.every((c) => c.name === 'aside')) continue;
    for (const item of items) DomUtils.prepend(list, item);
    DomUtils.removeElement(list);
  }
}

function figureParts(figure: Element): CleanupReport['lead'] {
  const img = findElements(figure.children, (el) => el.name === 'img', 1)[0];
  const captionEl = findElements(figure.children, (el) => el.name === 'figcaption', 1)[0];
  const creditEl = captionEl
    ? findElements(
        captionEl.children,
        (el) => /\bcredit\b/i.test(el.attribs.class ?? '') || el.attribs.itemprop === 'copyrightHolder',
        1,
      )[0]
    : undefined;
  const credit = (creditEl ? textOf(creditEl) : (img?.attribs['data-credit'] ?? ''))
    .replace(/\s+/g, ' ')
    .replace(/^(credit|photo|picture|image)\s*:?\s*/i, '')
    .trim();
  if (creditEl) DomUtils.removeElement(creditEl);
  const caption = captionEl ? textOf(captionEl).replace(/\s+/g, ' ').trim() : '';
  const src = (img?.attribs.src ?? img?.attribs['data-src'] ?? '').trim();
  return src || caption || credit ? { src, caption, credit, alt: img?.attribs.alt?.trim() ?? '' } : null;
}

/** A block that is one link to another story, alone or after a "Read more:" label, is a teaser. */
function teaserOf(block: Element, text: string, underLabel: boolean): Element | null {
  const links = findElements(block.children, (el) => el.name === 'a' && el.attribs.href !== undefined);
  if (links.length !== 1) return null;
  const link = links[0]!;
  const href = cleanLinkHref(link.attribs.href ?? '');
  if (!href || !/^https?:/i.test(href)) return null;
  const title = textOf(link)
    .replace(/\s+/g, ' ')
    .replace(/^[[(]\s*|\s*[\])]$/g, '')
    .replace(TEASER_LABEL, '')
    .trim();
  if (title.split(' ').length < 3) return null;
  const rest = text
    .replace(TEASER_LABEL, '')
    .replace(/^[[(]\s*|\s*[\])]$/g, '')
    .trim();
  const labelled = TEASER_LABEL.test(text) || /^\[.*\]$/.test(text);
  if (squash(rest.replace(/^[[(]\s*|\s*[\])]$/g, '')) !== squash(title)) return null;
  if (!labelled && !underLabel && !/^related\b/i.test(title)) return null;
  const teaser = new Element('aside', { class: 'related-teaser' });
  const anchor = new Element('a', { href });
  DomUtils.appendChild(anchor, new Text(title.replace(/^related\s*:\s*/i, '')));
  DomUtils.appendChild(teaser, anchor);
  return teaser;
}

/** A list item, or a paragraph of one link, that follows a "Read more:" label. */
function isUnderListLabel(block: Element): boolean {
  let container: Element | null = block;
  if (block.name === 'li') container = block.parent as Element | null;
  for (
    let prev = container ? DomUtils.prevElementSibling(container) : null, hops = 0;
    prev && hops < 8;
    prev = DomUtils.prevElementSibling(prev), hops++
  ) {
    const text = textOf(prev).replace(/\s+/g, ' ').trim();
    if (LIST_LABEL.test(text)) return true;
    const onlyLink = findElements(prev.children, (el) => el.name === 'a').length === 1 && text.length < 200;
    if (!onlyLink) return false;
  }
  return false;
}

function hasBlockChild(el: Element): boolean {
  return findElements(el.children, (c) => /^(p|h[1-6]|ul|ol|li|div|blockquote|table|section|article)$/.test(c.name), 1).length > 0;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
