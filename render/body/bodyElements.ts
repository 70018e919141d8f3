import { BODY_LIMITS, type BodyMark, type BodyNode } from '../../core/article/bodySchema';
import { clampHeadingLevel, isBodyMarkType, isBodyNodeType, type BodyMarkType, type BodyNodeType } from '../../core/article/bodyVocabulary';
import { element, type HtmlChild, type HtmlElement } from '../html/htmlTree';
import { flatText } from './flatText';
import { relatedTeaserElement, type RelatedHref } from './relatedTeaserElement';
import { safeLinkUrl } from '../../core/html/safeUrl';

export interface BodyRenderOptions {
  /** How a Related teaser that points at another library article is linked (e.g. to its slug). */
  relatedHref?: RelatedHref;
}

interface Context {
  options: BodyRenderOptions;
  /** The node's children, each through its own mapping. */
  children: (node: BodyNode) => HtmlChild[];
}

type NodeRule = (node: BodyNode, context: Context) => HtmlChild[];
type MarkRule = (mark: BodyMark) => Pick<HtmlElement, 'tag' | 'attrs'> | null;

const wrap =
  (tag: string): NodeRule =>
  (node, { children }) => [element(tag, undefined, children(node))];

/**
 * The body's HTML: one rule per node type and per mark type, the model being TipTap's static renderer.
 * A type added to the vocabulary does not compile until it has a rule here (and in every format).
 */
const NODES: Record<BodyNodeType, NodeRule> = {
  doc: (node, { children }) => children(node),
  // An empty paragraph is a stray Enter in the editor; a news page does not print blank gaps.
  paragraph: (node, { children }) =>
    Array.isArray(node.content) && node.content.length > 0 ? [element('p', undefined, children(node))] : [],
  text: (node) => (typeof node.text === 'string' && node.text !== '' ? [withMarks(node.text, node.marks)] : []),
  heading: (node, { children }) => [element(`h${clampHeadingLevel(node.attrs?.level)}`, undefined, children(node))],
  blockquote: wrap('blockquote'),
  bulletList: wrap('ul'),
  orderedList: (node, { children }) => {
    const start = Math.trunc(Number(node.attrs?.start));
    return [element('ol', start > 1 ? { start } : undefined, children(node))];
  },
  listItem: wrap('li'),
  hardBreak: () => [element('br')],
  horizontalRule: () => [element('hr')],
  relatedTeaser: (node, { options }) => relatedTeaserElement(node, options.relatedHref),
};

const MARKS: Record<BodyMarkType, MarkRule> = {
  bold: () => ({ tag: 'strong' }),
  italic: () => ({ tag: 'em' }),
  underline: () => ({ tag: 'u' }),
  strike: () => ({ tag: 's' }),
  code: () => ({ tag: 'code' }),
  // An unsafe or missing href leaves plain text: a dead <a> would still look clickable.
  link: (mark) => {
    const href = safeLinkUrl(mark.attrs?.href);
    return href ? { tag: 'a', attrs: { href, target: '_blank', rel: 'noopener noreferrer' } } : null;
  },
};

/** Outside the vocabulary (a file from elsewhere): the words survive, the tag does not. */
const fallbackNode: NodeRule = (node, { children }) => children(node);

// The schema caps depth at 32; a body that skipped validation still cannot recurse past this.
const MAX_DEPTH = BODY_LIMITS.maxDepth + 2;

/** The body as an element tree, from the allow-list above. Every string stays text (escaped later). */
export function bodyElements(body: BodyNode, options: BodyRenderOptions = {}): HtmlChild[] {
  const render = (node: BodyNode, depth: number): HtmlChild[] => {
    if (depth > MAX_DEPTH) return [flatText(node)];
    const context: Context = { options, children: (parent) => childrenOf(parent).flatMap((child) => render(child, depth + 1)) };
    const rule = isBodyNodeType(node.type) ? NODES[node.type] : fallbackNode;
    return rule(node, context);
  };
  return render(body, 0);
}

function childrenOf(node: BodyNode): BodyNode[] {
  const content: unknown = node.content;
  return Array.isArray(content) ? content.filter((child): child is BodyNode => typeof child === 'object' && child !== null) : [];
}

/** ProseMirror's serialisers put the first mark outermost; wrapping from the last keeps that nesting. */
function withMarks(text: string, marks: unknown): HtmlChild {
  let out: HtmlChild = text;
  if (!Array.isArray(marks)) return out;
  for (const mark of [...(marks as unknown[])].reverse()) {
    const type = typeof mark === 'object' && mark !== null ? (mark as BodyMark).type : undefined;
    const rule = isBodyMarkType(type) ? MARKS[type](mark as BodyMark) : null;
    if (rule) out = element(rule.tag, rule.attrs, [out]);
  }
  return out;
}
