import type { Element } from 'domhandler';
import type { BodyMark, BodyNode } from '../article/bodySchema';
import { relatedTeaserNode } from '../article/relatedTeaser';
import type { ContainerType } from './bodyBuilder';
import { childrenOf, hasClass, isCommentNode, isElement, isTextNode, styleOf, textOf } from './domQuery';
import { cleanLinkHref } from './linkHref';

/** Dropped with everything inside: code, embedded media, forms, document metadata, Office XML islands. */
export const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'picture',
  'img',
  'map',
  'area',
  'head',
  'meta',
  'link',
  'base',
  'title',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'progress',
  'meter',
  'dialog',
  'xml',
  'slot',
  'portal',
  'wbr',
]);

// Word's VML shapes, Office XML and smart tags; <o:p> (Word's paragraph marker) is kept for its text.
const DROPPED_PREFIX = /^(v|w|m|x|st1|w10|wx|aml):/;

/** Block elements with no node of their own: they only end the paragraph before them and after them. */
export const BLOCKS = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'header',
  'footer',
  'nav',
  'aside',
  'address',
  'div',
  'center',
  'p',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'figure',
  'figcaption',
  'fieldset',
  'legend',
  'form',
  'hgroup',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'search',
  'menuitem',
]);

export const CONTAINERS: Record<string, ContainerType> = {
  blockquote: 'blockquote',
  ul: 'bulletList',
  menu: 'bulletList',
  dir: 'bulletList',
  ol: 'orderedList',
  li: 'listItem',
};

const TAG_MARKS: Record<string, string> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  u: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  code: 'code',
};

export function isDropped(el: Element, style: Map<string, string>): boolean {
  const name = el.name.toLowerCase();
  if (DROPPED.has(name) || DROPPED_PREFIX.test(name)) return true;
  if (el.attribs.hidden !== undefined) return true;
  if (style.get('display') === 'none' || style.get('visibility') === 'hidden' || style.get('mso-hide') === 'all') return true;
  // Word's list bullets and numbers (rebuilt as real lists) and its review comments.
  if (style.get('mso-list') === 'ignore' || style.get('mso-element')?.startsWith('comment')) return true;
  return hasClass(el, 'MsoCommentReference') || hasClass(el, 'msocomoff') || hasClass(el, 'msocomtxt');
}

/**
 * The marks for text inside `el`, given the marks outside it. Inline styles count only where they carry
 * meaning the way the editor itself reads them on paste: Google Docs marks bold and italic with
 * font-weight and font-style, and wraps a whole paste in a <b style="font-weight:normal"> that is not bold.
 */
export function marksInside(el: Element, style: Map<string, string>, outer: readonly BodyMark[]): readonly BodyMark[] {
  const name = el.name.toLowerCase();
  const add: BodyMark[] = [];
  const remove = new Set<string>();
  const tagMark = TAG_MARKS[name];
  const weight = style.get('font-weight');
  const unbolded = weight !== undefined && /^(normal|lighter|[1-4]\d\d)$/.test(weight);
  const googleWrapper = name === 'b' && (el.attribs.id ?? '').startsWith('docs-internal-guid');
  if (tagMark && !googleWrapper && !(tagMark === 'bold' && unbolded)) add.push({ type: tagMark });
  if (name === 'a' && el.attribs.href !== undefined) {
    const href = cleanLinkHref(el.attribs.href);
    if (href) add.push({ type: 'link', attrs: { href } });
    else remove.add('link'); // an unsafe link inside a safe one must not inherit the outer href
  }

  if (weight !== undefined && /^(bold(er)?|[5-9]\d\d)$/.test(weight)) add.push({ type: 'bold' });
  else if (unbolded) remove.add('bold');
  const fontStyle = style.get('font-style');
  if (fontStyle === 'italic' || fontStyle === 'oblique') add.push({ type: 'italic' });
  else if (fontStyle === 'normal') remove.add('italic');
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  // Links are underlined by their look (Google Docs spells that out); that is not an underline mark.
  const inLink = outer.some((m) => m.type === 'link') || add.some((m) => m.type === 'link');
  if (/\bunderline\b/.test(decoration) && !inLink) add.push({ type: 'underline' });
  if (/\bline-through\b/.test(decoration)) add.push({ type: 'strike' });

  for (const mark of add) remove.delete(mark.type);
  if (add.length === 0 && ![...remove].some((type) => outer.some((m) => m.type === type))) return outer;
  const kept = outer.filter((m) => !remove.has(m.type) && !add.some((a) => a.type === m.type));
  return [...kept, ...add];
}

/** A Word list paragraph: Word writes lists as paragraphs with an mso-list style and a typed-in marker. */
export function wordListItem(el: Element): { level: number; ordered: boolean } | null {
  const name = el.name.toLowerCase();
  if (name !== 'p' && name !== 'div') return null;
  const match = /^l\d+\s+level(\d+)/.exec(styleOf(el).get('mso-list') ?? '');
  if (!match) return null;
  return { level: Number(match[1]), ordered: /^\(?([0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})[.)]/i.test(wordListMarker(el)) };
}

/** The marker text: in a span styled mso-list:Ignore, or between [if !supportLists] comments. */
function wordListMarker(p: Element): string {
  const stack = [...childrenOf(p)].reverse();
  let inConditional = false;
  let marker = '';
  for (let seen = 0; stack.length > 0 && seen < 200; seen++) {
    const node = stack.pop()!;
    if (isCommentNode(node)) {
      const data = node.data.trim().toLowerCase();
      if (data.startsWith('[if !supportlists]')) inConditional = true;
      else if (data === '[endif]' && inConditional) return marker.trim();
    } else if (isTextNode(node)) {
      if (inConditional) marker += node.data;
    } else if (isElement(node)) {
      if (styleOf(node).get('mso-list') === 'ignore') return textOf(node);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return marker.trim();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads back the teaser bodyToHtml writes: a label, an optional outlet, and the title (linked or not). */
export function teaserFromAside(aside: Element): BodyNode | null {
  let outlet = '';
  let linked = '';
  let plain = '';
  let url: string | null = null;
  const stack = [...childrenOf(aside)].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isTextNode(node)) {
      plain += node.data;
      continue;
    }
    if (!isElement(node) || isDropped(node, styleOf(node)) || hasClass(node, 'related-label')) continue;
    if (hasClass(node, 'related-outlet')) outlet = textOf(node);
    else if (node.name === 'a' && url === null && node.attribs.href !== undefined) {
      url = cleanLinkHref(node.attribs.href);
      linked = textOf(node);
    } else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  const title = (linked || plain).replace(/\s+/g, ' ').trim();
  if (title === '') return null;
  const articleId = aside.attribs['data-article-id'];
  return relatedTeaserNode({
    title,
    url,
    articleId: articleId && UUID.test(articleId) ? articleId.toLowerCase() : null,
    outlet: outlet || null,
  });
}
