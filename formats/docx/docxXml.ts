import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** WordprocessingML parsed leniently: a damaged part still gives what can be read. */
export function parseXml(xml: string): Element[] {
  const doc = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  return elements(doc.children);
}

export const elements = (nodes: readonly ChildNode[]): Element[] => nodes.filter((n): n is Element => n.type === 'tag');
export const kids = (el: Element): Element[] => elements(el.children);
export const kid = (el: Element, name: string): Element | undefined => kids(el).find((c) => c.name === name);
export const val = (el: Element | undefined, name = 'w:val'): string | undefined => el?.attribs[name];

/** The first element with this name, searched depth first. */
export function find(roots: readonly Element[], name: string): Element | undefined {
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.name === name) return el;
    const children = kids(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return undefined;
}

export function findAll(roots: readonly Element[], name: string): Element[] {
  const out: Element[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.name === name) out.push(el);
    const children = kids(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** The text of w:t (and w:delText) inside an element, with tabs and breaks as spaces and newlines. */
export function plainText(el: Element): string {
  let text = '';
  const walk = (e: Element) => {
    for (const child of kids(e)) {
      if (child.name === 'w:t' || child.name === 'w:delText') text += textContent(child);
      else if (child.name === 'w:tab') text += ' ';
      else if (child.name === 'w:br' || child.name === 'w:cr') text += '\n';
      else if (child.name === 'w:p' && text) {
        text += '\n';
        walk(child);
      } else walk(child);
    }
  };
  walk(el);
  return text;
}

export function textContent(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : c.type === 'tag' ? textContent(c) : '')).join('');
}
