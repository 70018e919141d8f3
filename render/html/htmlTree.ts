import { escapeHtml } from '../../core/html/escape';

/**
 * An element tree: what the body's mapping tables (render/body) produce, before it becomes either React
 * elements (the preview, the HTML and PDF exports) or an HTML string (ninjs body_html, paste sanitising).
 * One mapping decides every tag, attribute and nesting; the two materialisers only spell it out, so the
 * outputs cannot drift apart again.
 */
export interface HtmlElement {
  tag: string;
  attrs?: Readonly<Record<string, string | number | undefined>>;
  children?: readonly HtmlChild[];
}
export type HtmlChild = HtmlElement | string;

export const element = (tag: string, attrs: HtmlElement['attrs'] = undefined, children: readonly HtmlChild[] = []): HtmlElement => ({
  tag,
  attrs,
  children,
});

const VOID_TAGS: ReadonlySet<string> = new Set(['br', 'hr']);

/** The tree as HTML text: every string escaped, attributes quoted, void tags unclosed. */
export function htmlTreeToString(children: readonly HtmlChild[], separator = ''): string {
  return children.map(childToString).join(separator);
}

function childToString(child: HtmlChild): string {
  if (typeof child === 'string') return escapeHtml(child);
  const attrs = Object.entries(child.attrs ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
  if (VOID_TAGS.has(child.tag)) return `<${child.tag}${attrs}>`;
  return `<${child.tag}${attrs}>${htmlTreeToString(child.children ?? [])}</${child.tag}>`;
}
