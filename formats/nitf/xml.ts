import { escapeHtml } from '../../core/html/escape';

/**
 * A minimal XML tree and writer. Elements whose content model holds only elements (`containers`) are
 * indented for people reading the file; every other element is written on one line, because whitespace
 * inside mixed content is content.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string | null | undefined>;
  children: XmlChild[];
}
export type XmlChild = XmlElement | string;

export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: Array<XmlChild | null | undefined | false>): XmlElement {
  return { name, attrs, children: children.filter((c): c is XmlChild => c !== null && c !== undefined && c !== false && c !== '') };
}

// XML 1.0 cannot carry these at all, not even as character references.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return escapeHtml(text.replace(NOT_XML, ''));
}

/** Parsers turn raw tabs and line breaks in attributes into spaces; references keep them. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export function serializeXml(root: XmlElement, containers: ReadonlySet<string>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, 0, containers)}\n`;
}

function write(node: XmlElement, depth: number, containers: ReadonlySet<string> | null): string {
  const attrs = Object.entries(node.attrs)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, value]) => ` ${name}="${xmlAttr(value)}"`)
    .join('');
  if (node.children.length === 0) return `<${node.name}${attrs}/>`;
  if (containers === null || !containers.has(node.name)) {
    const inner = node.children.map((child) => (typeof child === 'string' ? xmlText(child) : write(child, 0, null))).join('');
    return `<${node.name}${attrs}>${inner}</${node.name}>`;
  }
  const pad = '  '.repeat(depth + 1);
  const inner = node.children
    .map((child) => `${pad}${typeof child === 'string' ? xmlText(child) : write(child, depth + 1, containers)}`)
    .join('\n');
  return `<${node.name}${attrs}>\n${inner}\n${'  '.repeat(depth)}</${node.name}>`;
}
