import { Element, Text, type Document } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { cleanLinkHref } from '../../../core/html/linkHref';
import { findElements, textOf } from '../../../core/html/domQuery';

/**
 * In-body links to other stories, which become Related teasers as in the seed: "[Read: …]", "Read more:
 * …", "Lire aussi : …", a "More news:" label over a list of links, or a paragraph that is nothing but one
 * link to another page (BBC's "Five things we learned from Obama interview").
 */
export const TEASER_LABEL =
  /^\s*[[(]?\s*(?:read|read more|read also|also read|more|related|related coverage|related stories|see also|watch|listen|lire aussi|lire|à lire aussi|leia também|leia mais|mehr zum thema|lesen sie auch|ver también|lee también)\s*[:：]\s*/i;
export const LIST_LABEL =
  /^(read more|related( coverage| stories| articles| links)?|more (on this story|news|stories|from [\w\s]{1,30}|[\w\s]{1,20} news)|see also|lire aussi|recommended|most read|you may also like)\s*[:：]?$/i;

// A sentence of copy ends in punctuation; a link standing in for a headline does not.
const SENTENCE_END = /[.!?…:;,"”»)\]]$/;

/** A block that is one link to another story, labelled, under a label, or alone in a paragraph, is a teaser. */
export function teaserOf(block: Element, text: string, underLabel: boolean, pageUrl: string): Element | null {
  const links = findElements(block.children, (el) => el.name === 'a' && el.attribs.href !== undefined);
  if (links.length !== 1) return null;
  const link = links[0]!;
  const href = absoluteHref(link.attribs.href ?? '', pageUrl);
  if (!href) return null;
  const title = textOf(link)
    .replace(/\s+/g, ' ')
    .replace(/^[[(]\s*|\s*[\])]$/g, '')
    .replace(TEASER_LABEL, '')
    .trim();
  const words = title.split(' ').length;
  if (words < 3) return null;
  const rest = text
    .replace(TEASER_LABEL, '')
    .replace(/^[[(]\s*|\s*[\])]$/g, '')
    .trim();
  if (squash(rest.replace(/^[[(]\s*|\s*[\])]$/g, '')) !== squash(title)) return null;
  const labelled = TEASER_LABEL.test(text) || /^\[.*\]$/.test(text);
  const standalone = block.name === 'p' && words <= 15 && !SENTENCE_END.test(title);
  if (!labelled && !underLabel && !standalone && !/^related\b/i.test(title)) return null;
  const teaser = new Element('aside', { class: 'related-teaser' });
  const anchor = new Element('a', { href });
  DomUtils.appendChild(anchor, new Text(title.replace(/^related\s*:\s*/i, '')));
  DomUtils.appendChild(teaser, anchor);
  return teaser;
}

/**
 * A paragraph that is a short label and then links one a line ("<b>Related</b><br><a>…</a><br><a>…</a>",
 * in any language): each link is a teaser, the label goes.
 */
export function linkLineTeasers(block: Element, pageUrl: string): Element[] | null {
  if (block.name !== 'p') return null;
  const links = findElements(block.children, (el) => el.name === 'a' && el.attribs.href !== undefined);
  const breaks = findElements(block.children, (el) => el.name === 'br').length;
  if (links.length < 2 || breaks < links.length - 1) return null;
  let label = textOf(block);
  for (const link of links) label = label.replace(textOf(link), ' ');
  if (label.replace(/\s+/g, ' ').trim().length > 40) return null;
  const teasers: Element[] = [];
  for (const link of links) {
    const href = absoluteHref(link.attribs.href ?? '', pageUrl);
    const title = textOf(link).replace(/\s+/g, ' ').trim();
    if (!href || title === '') return null;
    const teaser = new Element('aside', { class: 'related-teaser' });
    const anchor = new Element('a', { href });
    DomUtils.appendChild(anchor, new Text(title));
    DomUtils.appendChild(teaser, anchor);
    teasers.push(teaser);
  }
  return teasers;
}

/** The link's address, made absolute against the page's own address (og:url or canonical) when relative. */
export function absoluteHref(raw: string, pageUrl: string): string | null {
  let href = raw.trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('#') && !href.startsWith('//')) {
    if (!/^https?:\/\//i.test(pageUrl)) return null;
    try {
      href = new URL(href, pageUrl).href;
    } catch {
      return null;
    }
  }
  const cleaned = cleanLinkHref(href);
  return cleaned && /^https?:/i.test(cleaned) ? cleaned : null;
}

/** A list item, or a paragraph of one link, that follows a "Read more:" label. */
export function isUnderListLabel(block: Element): boolean {
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

/** A list whose every item became a teaser is a list of teasers, not a list in the story. */
export function liftTeaserLists(doc: Document): void {
  for (const list of findElements(doc.children, (el) => el.name === 'ul' || el.name === 'ol')) {
    const items = list.children.filter((c): c is Element => c instanceof Element);
    if (items.length === 0 || !items.every((c) => c.name === 'aside')) continue;
    for (const item of items) DomUtils.prepend(list, item);
    DomUtils.removeElement(list);
  }
}

export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
