import { createElement, type ReactNode } from 'react';
import type { HtmlChild } from '../html/htmlTree';

/** React's names for the few HTML attributes the body's tree uses. */
const REACT_NAMES: Readonly<Record<string, string>> = { class: 'className' };

/** The element tree (render/html/htmlTree.ts) as React elements, keyed by position. */
export function htmlTreeToReact(children: readonly HtmlChild[]): ReactNode[] {
  return children.map((child, key) => {
    if (typeof child === 'string') return child;
    const props: Record<string, unknown> = { key };
    for (const [name, value] of Object.entries(child.attrs ?? {})) if (value !== undefined) props[REACT_NAMES[name] ?? name] = value;
    const inner = htmlTreeToReact(child.children ?? []);
    return inner.length > 0 ? createElement(child.tag, props, ...inner) : createElement(child.tag, props);
  });
}
