import { type Document, type Element, type Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { findElements, textOf } from '../../../core/html/domQuery';
import { cleanByline } from './bylineText';
import { isCaptionElement, isFollowUsBlock, isFurnitureLine, isPictureSet, isSummaryLabel, isTimestampLine } from './bodyFurniture';
import { LIST_LABEL, isUnderListLabel, liftTeaserLists, linkLineTeasers, squash, teaserOf } from './relatedTeasers';

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
  /** The standfirst as chosen: a heading that repeats it is the page's dek, not a subhead of the story. */
  standfirst?: string;
  /** The page's own address (og:url or canonical), against which relative links to other stories resolve. */
  pageUrl?: string;
}

export interface CleanupReport {
  picturesDropped: number;
  teasers: number;
  /** The picture at the top of the story, before any of its text: the lead image, with its caption and credit. */
  lead: { src: string; caption: string; credit: string; alt: string } | null;
}

const KICKER = /^[\p{L}\p{N}&'’ ]{1,30}\s*[—–|]$/u;

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
  // Captions of videos and graphics outside any <figure>, told by their class (Readability keeps classes for this).
  for (const caption of findElements(doc.children, (el) => isCaptionElement(el) || isPictureSet(el))) {
    if (caption.parent) DomUtils.removeElement(caption);
  }
  // Labels go after the walk: the links under a label are recognised by it.
  const labels: Element[] = [];
  const blocks = findElements(doc.children, (el) => /^(p|h[1-6]|li|div|span)$/.test(el.name) && !hasBlockChild(el));
  for (const block of blocks) {
    if (!block.parent) continue;
    const text = textOf(block).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const heading = /^h[1-6]$/.test(block.name);
    // A heading that repeats the standfirst, or a kicker ("Biz & IT —"), is the page's header, not the story's.
    const header = heading && (same(text, options.standfirst ?? '') || KICKER.test(text));
    if (isSummaryLabel(text)) {
      removeSummaryBox(block);
      continue;
    }
    if (isFurnitureLine(text) || isTimestampLine(text) || isFollowUsBlock(text) || isRepeat(text) || header) {
      DomUtils.removeElement(block);
      continue;
    }
    const lines = linkLineTeasers(block, options.pageUrl ?? '');
    if (lines) {
      for (const teaser of lines) DomUtils.prepend(block, teaser);
      DomUtils.removeElement(block);
      report.teasers += lines.length;
      continue;
    }
    const teaser = teaserOf(block, text, isUnderListLabel(block), options.pageUrl ?? '');
    if (teaser) {
      DomUtils.replaceElement(block, teaser);
      report.teasers++;
    } else if (LIST_LABEL.test(text) && /^(p|h[1-6]|div|span)$/.test(block.name)) {
      labels.push(block);
    }
  }
  for (const label of labels) if (label.parent) DomUtils.removeElement(label);
  liftTeaserLists(doc);
  // Soft hyphens are line-breaking hints for the site's own column width; in the copy they split words for search and checks.
  for (const node of DomUtils.filter((n) => n.type === 'text', doc.children, true) as Text[]) node.data = node.data.replace(/\u00ad/g, '');
  return { doc, report };
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

/** The label and the list it heads (its next sibling, or its container's). */
function removeSummaryBox(label: Element): void {
  let node: Element = label;
  for (let hops = 0; hops < 3 && node.parent; hops++) {
    const next = DomUtils.nextElementSibling(node);
    if (next && (next.name === 'ul' || next.name === 'ol')) {
      DomUtils.removeElement(next);
      break;
    }
    node = node.parent as Element;
  }
  DomUtils.removeElement(label);
}

function hasBlockChild(el: Element): boolean {
  return findElements(el.children, (c) => /^(p|h[1-6]|ul|ol|li|div|blockquote|table|section|article)$/.test(c.name), 1).length > 0;
}
