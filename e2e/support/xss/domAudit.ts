/**
 * What may appear in the DOM after hostile input went through Copydesk, checked by structure rather than
 * by looking for payloads: an allow-list of elements, no event-handler attributes, no URL-bearing
 * attribute but a safe href or an image src, and no CSS that loads or runs anything.
 *
 * The functions here are passed to page.evaluate, so each one is self-contained.
 */

export type ImageRule = 'separator-only' | 'app-assets' | 'export-files';

export interface AuditOptions {
  /** The subtree to check; its own element is checked too. */
  selector: string;
  tags: string[];
  images: ImageRule;
}

/** Elements the editor's body may contain: TipTap's schema, plus ProseMirror's own separators. */
export const EDITOR_TAGS = [
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'u',
  's',
  'code',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'br',
  'aside',
  'span',
  'img',
];

/** Elements the preview component renders (it is also the HTML export's body). */
export const PREVIEW_TAGS = [
  'article',
  'div',
  'header',
  'footer',
  'p',
  'span',
  'h1',
  'h2',
  'h3',
  'h4',
  'figure',
  'picture',
  'img',
  'figcaption',
  'time',
  'strong',
  'em',
  'u',
  's',
  'code',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'br',
  'aside',
];

/** An exported page: the preview's elements inside a document head we write ourselves. */
export const EXPORT_TAGS = ['html', 'head', 'meta', 'title', 'style', 'body', ...PREVIEW_TAGS];

/** Returns one line per violation, naming the element, so a failure says what got through. */
export function auditDom(options: AuditOptions): string[] {
  const root = document.querySelector(options.selector);
  if (!root) return [`nothing matches ${options.selector}`];
  const problems: string[] = [];
  const allowed = new Set(options.tags);
  const URL_ATTRIBUTES = new Set([
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'srcdoc',
    'data',
    'poster',
    'background',
    'ping',
    'srcset',
    'codebase',
    'dynsrc',
    'lowsrc',
    'manifest',
    'longdesc',
    'usemap',
    'cite',
    'archive',
    'classid',
    'profile',
    'icon',
    'datasrc',
    'imagesrcset',
  ]);
  const scheme = (url: string) =>
    // eslint-disable-next-line no-control-regex
    /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1]?.toLowerCase() ?? null;
  const safeHref = (url: string) => {
    const s = scheme(url);
    if (s === null) return !/^\s*[/\\]{2}/.test(url); // relative, or empty (TipTap blanks a refused link)
    return s === 'http' || s === 'https' || s === 'mailto';
  };
  const safeSrc = (el: Element, url: string) => {
    if (options.images === 'separator-only') return false;
    if (/^data:image\/(png|jpeg|gif|webp);base64,/i.test(url)) return true;
    if (options.images === 'app-assets') return /^blob:http:\/\/copydesk\.localhost\//.test(url) || /^blob:app:\/\/copydesk\//.test(url);
    // An exported page links its picture by a bare file name written beside it.
    return el.localName === 'img' && scheme(url) === null && !/^\s*[/\\]/.test(url) && !url.includes('..');
  };
  const describe = (el: Element) =>
    `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''}>`;

  for (const el of [root, ...root.querySelectorAll('*')]) {
    const tag = el.localName;
    if (!allowed.has(tag)) problems.push(`element ${describe(el)}`);
    if (tag === 'img' && options.images === 'separator-only' && !el.classList.contains('ProseMirror-separator'))
      problems.push(`image ${describe(el)}`);
    for (const attribute of el.getAttributeNames()) {
      const value = el.getAttribute(attribute) ?? '';
      const name = attribute.toLowerCase();
      if (name.startsWith('on')) problems.push(`${describe(el)} has ${name}="${value}"`);
      else if (name === 'href' && !safeHref(value)) problems.push(`${describe(el)} has href="${value}"`);
      else if (name === 'src' && !safeSrc(el, value)) problems.push(`${describe(el)} has src="${value}"`);
      else if (name !== 'href' && name !== 'src' && URL_ATTRIBUTES.has(name)) problems.push(`${describe(el)} has ${name}="${value}"`);
      else if (name === 'style' && /url\s*\(|expression\s*\(|behavior\s*:|binding\s*:|@import|javascript:/i.test(value))
        problems.push(`${describe(el)} has style="${value}"`);
      else if (name === 'http-equiv' && value.toLowerCase() !== 'content-security-policy')
        problems.push(`${describe(el)} has http-equiv="${value}"`);
    }
  }
  return problems;
}

/** Never in any page Copydesk shows or writes. */
export const FORBIDDEN_ANYWHERE = [
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'base',
  'portal',
  'meta[http-equiv="refresh" i]',
  'link[rel~="import" i]',
  'script:not([src])',
];
/** Also never in an exported page (the app's own chrome has SVG icons and forms). */
export const FORBIDDEN_IN_EXPORT = [...FORBIDDEN_ANYWHERE, 'svg', 'math', 'form', 'template', 'link', 'input', 'button'];

/**
 * Document-wide: nothing that loads or runs code may exist anywhere, inside the audited subtree or not.
 * `scripts` is how many script elements the page itself has (the app's one module script; none in an export).
 */
export function auditDocument({ scripts, styles, forbidden }: { scripts: number; styles: number | null; forbidden: string[] }): string[] {
  const problems: string[] = [];
  const count = (selector: string) => document.querySelectorAll(selector).length;
  if (count('script') !== scripts) problems.push(`${count('script')} script elements, expected ${scripts}`);
  if (styles !== null && count('style') !== styles) problems.push(`${count('style')} style elements, expected ${styles}`);
  for (const selector of forbidden) {
    if (count(selector) > 0) problems.push(`${count(selector)} × ${selector}`);
  }
  if (document.querySelectorAll('meta[http-equiv]').length > 1) problems.push('more than one meta http-equiv');
  return problems;
}

/** Which of `wanted` do not occur in the subtree's text. */
export function missingText({ selector, wanted }: { selector: string; wanted: string[] }): string[] {
  const text = document.querySelector(selector)?.textContent ?? '';
  return wanted.filter((w) => !text.includes(w));
}
