import type { AnyNode, ChildNode, Comment, Element, Text } from 'domhandler';

/**
 * Small DOM helpers over domhandler nodes. They walk with an explicit stack rather than recursion (as
 * domutils' findOne and textContent do), so a hostile depth cannot overflow the call stack.
 */

// domhandler's own guards are not re-exported by htmlparser2, and domhandler is only its dependency.
export function isElement(node: AnyNode): node is Element {
  const type = node.type as string;
  return type === 'tag' || type === 'script' || type === 'style';
}

export function isTextNode(node: AnyNode): node is Text {
  return (node.type as string) === 'text';
}

export function isCommentNode(node: AnyNode): node is Comment {
  return (node.type as string) === 'comment';
}

export function childrenOf(node: AnyNode): readonly ChildNode[] {
  return 'children' in node ? node.children : [];
}

/** Every element under `roots` (document order) that passes `test`, up to `limit`. */
export function findElements(roots: readonly AnyNode[], test: (el: Element) => boolean, limit = Infinity): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...roots].reverse();
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop()!;
    if (isElement(node) && test(node)) found.push(node);
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

export function findElement(roots: readonly AnyNode[], test: (el: Element) => boolean): Element | null {
  return findElements(roots, test, 1)[0] ?? null;
}

/** The text of a node and its descendants, without script or style, whitespace collapsed. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isTextNode(current)) parts.push(current.data);
    else if ((current.type as string) === 'script' || (current.type as string) === 'style') continue;
    else {
      const children = childrenOf(current);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

export function hasClass(el: Element, name: string): boolean {
  const value = el.attribs.class;
  return value !== undefined && value.split(/\s+/).some((c) => c.toLowerCase() === name.toLowerCase());
}

/** Inline style declarations by lower-case property name; malformed declarations are skipped. */
export function styleOf(el: Element): Map<string, string> {
  const styles = new Map<string, string>();
  const value = el.attribs.style;
  if (!value) return styles;
  for (const declaration of value.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const v = declaration
      .slice(colon + 1)
      .trim()
      .toLowerCase()
      .replace(/\s*!important$/, '');
    if (property) styles.set(property, v);
  }
  return styles;
}
