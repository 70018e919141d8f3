import type { Document, Element } from 'domhandler';
import { DomUtils } from 'htmlparser2';
import { findElement, findElements, hasClass, textOf } from '../../core/html/domQuery';

/**
 * Finds the parts of a whole HTML page that are article fields rather than body copy, keeping apart
 * where each was found: the page's metadata (Open Graph, article:*, description, author) and its
 * in-page markup (h1, .standfirst, .byline, <time datetime>, a lead <figure>). Markup elements that
 * become fields are detached from the page so they do not appear again in the body.
 */
export interface PageFields {
  headline: string;
  standfirst: string;
  section: string;
  byline: string;
  published: string;
  tags: string[];
  image: { src: string; caption: string; credit: string; alt: string } | null;
}

export interface PageParts {
  meta: PageFields;
  markup: PageFields & { dateline: string; source: string };
  /** The <title>, last resort for a headline. */
  title: string;
  language: string;
  direction: string;
  generator: string;
  siteName: string;
  /** The page's own address (og:url, else the canonical link), for links written relative to it. */
  url: string;
  /** og:type: "article" on article pages, "website" on home and section pages. */
  type: string;
  /** How many top-level headings the page has; a page of many is a list, not one article. */
  h1Count: number;
  /** The element whose content is the body copy, with the field elements already removed. */
  bodyRoot: Element | Document;
}

export function readPage(doc: Document): PageParts {
  const metas = findElements(doc.children, (el) => el.name === 'meta');
  // A meta names itself by property, name or itemprop, sometimes two at once (property="article:published" itemprop="datePublished").
  const keysOf = (m: Element) =>
    [m.attribs.property, m.attribs.name, m.attribs.itemprop].filter((k): k is string => k !== undefined).map((k) => k.toLowerCase());
  const meta = (...keys: string[]): string => {
    for (const key of keys) {
      const content = metas.find((m) => keysOf(m).includes(key) && m.attribs.content?.trim())?.attribs.content?.trim();
      if (content) return content;
    }
    return '';
  };
  const metaAll = (key: string): string[] => metas.filter((m) => keysOf(m).includes(key)).map((m) => m.attribs.content?.trim() ?? '');

  const page = findElement(doc.children, (el) => el.name === 'body') ?? doc;
  // The story's own element: one marked as a schema.org Article first, else the <article> with the most text
  // (a page may print small <article>s for teasers or a "last updated" line before the story).
  const article = findElement(page.children, (el) => el.attribs.itemtype?.endsWith('Article') === true) ?? largestArticle(page.children);
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
  const markupPublished = time?.attribs.datetime?.trim() ?? '';

  const h1 = within((el) => el.name === 'h1') ?? (root === page ? null : findElement(page.children, (el) => el.name === 'h1'));
  const title = findElement(doc.children, (el) => el.name === 'title');
  const headline = take(h1);
  const standfirst = take(within((el) => hasClass(el, 'standfirst') || hasClass(el, 'dek') || el.attribs.itemprop === 'description'));
  const byline = take(within((el) => hasClass(el, 'byline') || el.attribs.rel === 'author' || el.attribs.itemprop === 'author'));
  const section = take(within((el) => hasClass(el, 'section-label') || hasClass(el, 'kicker')));
  const dateline = take(within((el) => hasClass(el, 'dateline')));
  const source = take(within((el) => hasClass(el, 'source') || hasClass(el, 'article-source'))).replace(/^source\s*:\s*/i, '');
  if (time?.parent) DomUtils.removeElement(isInHeader(time, root) ? time : metaLine(time));

  const tagList = within((el) => hasClass(el, 'tags'));
  const markupTags = [
    ...(tagList ? findElements(tagList.children, (el) => el.name === 'li' || el.name === 'a').map(textOf) : []),
    ...findElements(root.children, (el) => el.name === 'a' && el.attribs.rel?.split(/\s+/).includes('tag') === true).map(textOf),
  ];
  if (tagList) DomUtils.removeElement(tagList);

  const ogImage = meta('og:image', 'twitter:image');
  const html = findElement(doc.children, (el) => el.name === 'html');
  const body = findElement(doc.children, (el) => el.name === 'body');
  const author = meta('author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author');

  // Pages that mark their body copy (our own export among them) are read from that element alone.
  const marked = findElement(
    root.children,
    (el) =>
      el.attribs.itemprop === 'articleBody' ||
      ['article-body', 'story-body', 'body', 'entry-content', 'article-content'].some((c) => hasClass(el, c)),
  );
  return {
    meta: {
      headline: meta('og:title', 'twitter:title', 'headline'),
      standfirst: meta('og:description', 'description', 'twitter:description'),
      section: meta('article:section', 'section'),
      // An author meta that is a profile address (Facebook's article:author) is not a byline.
      byline: /^https?:\/\//i.test(author) ? '' : author,
      published: meta(
        'article:published_time',
        'article:published',
        'datepublished',
        'date',
        'pubdate',
        'dc.date',
        'dc.date.issued',
        'ptime',
        'og:article:published_time',
      ),
      tags: metaAll('article:tag'),
      image: ogImage ? { src: ogImage, caption: '', credit: '', alt: meta('og:image:alt', 'twitter:image:alt') } : null,
    },
    markup: {
      headline,
      standfirst,
      section,
      byline,
      published: markupPublished,
      tags: markupTags,
      image: readLeadImage(root),
      dateline,
      source,
    },
    title: title ? textOf(title) : '',
    language: html?.attribs.lang?.trim() || meta('og:locale', 'language', 'content-language', 'dc.language'),
    direction: (html?.attribs.dir ?? body?.attribs.dir ?? '').trim().toLowerCase(),
    generator: meta('generator'),
    siteName: meta('og:site_name', 'application-name'),
    url:
      meta('og:url') ||
      (findElement(doc.children, (el) => el.name === 'link' && /\bcanonical\b/i.test(el.attribs.rel ?? ''))?.attribs.href ?? '').trim(),
    type: meta('og:type').toLowerCase(),
    h1Count: findElements(doc.children, (el) => el.name === 'h1', 100).length + (h1 && !h1.parent ? 1 : 0),
    bodyRoot: marked ?? root,
  };
}

function largestArticle(roots: Element['children']): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of findElements(roots, (el) => el.name === 'article')) {
    const length = textOf(article).length;
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  return best;
}

/** The lead image: a <figure> that comes before the body copy, with its caption and credit. */
function readLeadImage(root: Element | Document): PageFields['image'] {
  const figure = findElement(
    root.children,
    (el) => el.name === 'figure' && (hasClass(el, 'lead-image') || isInHeader(el, root) || isBeforeText(el, root)),
  );
  const img = figure ? findElement(figure.children, (el) => el.name === 'img') : null;
  if (!figure || !img) return null;
  const captionEl = findElement(figure.children, (el) => el.name === 'figcaption');
  const creditEl = captionEl
    ? findElement(
        captionEl.children,
        (el) => hasClass(el, 'credit') || hasClass(el, 'caption-credit') || el.attribs.itemprop === 'copyrightHolder',
      )
    : null;
  const credit = creditEl ? textOf(creditEl).replace(/^(credit|photo|picture|image)\s*:?\s*/i, '') : '';
  if (creditEl) DomUtils.removeElement(creditEl);
  const caption = captionEl ? textOf(captionEl) : '';
  DomUtils.removeElement(figure);
  const src = (img.attribs.src ?? img.attribs['data-src'] ?? '').trim();
  return { src, caption, credit, alt: img.attribs.alt?.trim() ?? '' };
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

// domutils' compareDocumentPosition(a, b) gives a's place relative to b (the reverse of the DOM's
// node.compareDocumentPosition): PRECEDING means a comes first.
const PRECEDING = 2;

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
  return (DomUtils.compareDocumentPosition(el, first) & PRECEDING) !== 0;
}
