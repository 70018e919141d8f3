import type { Document, Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { findElement, findElements, hasClass, textOf } from '../../core/html/domQuery';

/**
 * Finds the parts of a whole HTML page that are article fields rather than body copy: the standard
 * metadata (Open Graph, article:*, description, author) and the usual in-page markup (h1, .standfirst,
 * .byline, <time datetime>, a lead <figure>). Elements that become fields are detached from the page so
 * they do not appear again in the body.
 */
export interface PageParts {
  headline: string;
  standfirst: string;
  section: string;
  byline: string;
  dateline: string;
  source: string;
  published: string;
  tags: string[];
  language: string;
  image: { src: string; caption: string; credit: string; alt: string } | null;
  /** The element whose content is the body copy, with the field elements already removed. */
  bodyRoot: Element | Document;
}

export function readPage(doc: Document): PageParts {
  const metas = findElements(doc.children, (el) => el.name === 'meta');
  const meta = (...keys: string[]): string => {
    for (const key of keys) {
      const found = metas.find((m) => (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase() === key);
      const content = found?.attribs.content?.trim();
      if (content) return content;
    }
    return '';
  };
  const metaAll = (key: string): string[] =>
    metas.filter((m) => (m.attribs.property ?? m.attribs.name ?? '').toLowerCase() === key).map((m) => m.attribs.content?.trim() ?? '');

  const page = findElement(doc.children, (el) => el.name === 'body') ?? doc;
  const article = findElement(page.children, (el) => el.name === 'article' || el.attribs.itemtype?.endsWith('Article') === true);
  const root = article ?? findElement(page.children, (el) => el.name === 'main' || el.attribs.role === 'main') ?? page;
  const within = (test: (el: Element) => boolean): Element | null => findElement(root.children, test);
  const take = (el: Element | null): string => {
    if (!el) return '';
    const text = textOf(el);
    DomUtils.removeElement(metaLine(el));
    return text;
  };
  // Read before the byline's line (which often holds the time too) leaves the page.
  const time = within((el) => el.name === 'time' && el.attribs.datetime !== undefined);
  const published = meta('article:published_time', 'datepublished', 'date') || time?.attribs.datetime?.trim() || '';

  const h1 = within((el) => el.name === 'h1') ?? (root === page ? null : findElement(page.children, (el) => el.name === 'h1'));
  const title = findElement(doc.children, (el) => el.name === 'title');
  const headline = take(h1) || meta('og:title', 'twitter:title') || (title ? textOf(title) : '');
  const standfirst =
    take(within((el) => hasClass(el, 'standfirst') || hasClass(el, 'dek') || el.attribs.itemprop === 'description')) ||
    meta('description', 'og:description', 'twitter:description');
  const byline =
    take(within((el) => hasClass(el, 'byline') || el.attribs.rel === 'author' || el.attribs.itemprop === 'author')) ||
    meta('author', 'article:author');
  const section = take(within((el) => hasClass(el, 'section-label') || hasClass(el, 'kicker'))) || meta('article:section');
  const dateline = take(within((el) => hasClass(el, 'dateline')));
  const source = take(within((el) => hasClass(el, 'source') || hasClass(el, 'article-source'))).replace(/^source\s*:\s*/i, '');
  if (time?.parent) DomUtils.removeElement(isInHeader(time, root) ? time : metaLine(time));

  const tagList = within((el) => hasClass(el, 'tags'));
  const tags = [
    ...metaAll('article:tag'),
    ...(tagList ? findElements(tagList.children, (el) => el.name === 'li' || el.name === 'a').map(textOf) : []),
    ...findElements(root.children, (el) => el.name === 'a' && el.attribs.rel?.split(/\s+/).includes('tag') === true).map(textOf),
  ];
  if (tagList) DomUtils.removeElement(tagList);

  const image = readLeadImage(root, meta('og:image', 'twitter:image'));
  const html = findElement(doc.children, (el) => el.name === 'html');
  const language = html?.attribs.lang ?? meta('og:locale', 'language', 'content-language');

  // Pages that mark their body copy (our own export among them) are read from that element alone.
  const marked = findElement(
    root.children,
    (el) =>
      el.attribs.itemprop === 'articleBody' ||
      ['article-body', 'story-body', 'body', 'entry-content', 'article-content'].some((c) => hasClass(el, c)),
  );
  return { headline, standfirst, section, byline, dateline, source, published, tags, language, image, bodyRoot: marked ?? root };
}

/** The lead image: a <figure> that comes before the body copy, or else the page's og:image. */
function readLeadImage(root: Element | Document, ogImage: string): PageParts['image'] {
  const figure = findElement(
    root.children,
    (el) => el.name === 'figure' && (hasClass(el, 'lead-image') || isInHeader(el, root) || isBeforeText(el, root)),
  );
  const img = figure ? findElement(figure.children, (el) => el.name === 'img') : null;
  if (figure && img?.attribs.src) {
    const captionEl = findElement(figure.children, (el) => el.name === 'figcaption');
    const creditEl = captionEl ? findElement(captionEl.children, (el) => hasClass(el, 'credit') || hasClass(el, 'caption-credit')) : null;
    const credit = creditEl ? textOf(creditEl) : '';
    if (creditEl) DomUtils.removeElement(creditEl);
    const caption = captionEl ? textOf(captionEl) : '';
    DomUtils.removeElement(figure);
    return { src: img.attribs.src.trim(), caption, credit, alt: img.attribs.alt?.trim() ?? '' };
  }
  return ogImage ? { src: ogImage, caption: '', credit: '', alt: '' } : null;
}

const INLINE = new Set(['a', 'span', 'em', 'strong', 'b', 'i', 'small', 'time', 'address', 'cite']);

/**
 * The element to remove with a field found inline: the whole short line it sits in ("By <a>Amy Li</a> ·
 * <time>20 Jan</time>"), which is page furniture; inside a longer paragraph, only the element itself.
 */
function metaLine(el: Element): Element {
  let line = el;
  while (line.parent && INLINE.has((line.parent as Element).name ?? '')) line = line.parent as Element;
  const block = line.parent as Element | null;
  if (!block || !['p', 'div', 'span'].includes(block.name ?? '')) return line;
  const hasBlocks = findElement(block.children, (child) => /^(p|h[1-6]|ul|ol|blockquote|div|figure)$/.test(child.name)) !== null;
  return !hasBlocks && textOf(block).length <= 160 ? block : line;
}

// DocumentPosition.FOLLOWING: the second node comes after the first.
const FOLLOWING = 4;

function isInHeader(el: Element, root: Element | Document): boolean {
  for (let node = el.parent; node && node !== root; node = node.parent) {
    if ((node as Element).name === 'header') return true;
  }
  return false;
}

/** No paragraph text precedes it in the page: it sits where lead images sit. */
function isBeforeText(el: Element, root: Element | Document): boolean {
  const first = findElement(root.children, (p) => p.name === 'p' && textOf(p) !== '');
  if (!first) return true;
  return (DomUtils.compareDocumentPosition(el, first) & FOLLOWING) !== 0;
}
