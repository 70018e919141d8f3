import type { BodyMark, BodyNode } from '../../core/article/bodySchema';
import { isBodyMarkType, isBodyNodeType, type BodyMarkType, type BodyNodeType } from '../../core/article/bodyVocabulary';
import { readRelatedTeaser } from '../../core/article/relatedTeaser';
import { safeLinkUrl } from '../../core/html/safeUrl';
import { inlineText } from '../../core/text/bodyText';
import { el, type XmlChild, type XmlElement } from './xml';

export interface NitfBodyOptions {
  articleHref?: (articleId: string) => string | null;
}

/** The TipTap body as the children of NITF's body.content. */
export function nitfBlocks(body: BodyNode, options: NitfBodyOptions): XmlElement[] {
  return (body.content ?? []).flatMap((node) => block(node, options, true));
}

/**
 * Each node type as NITF: as a block, and inside a paragraph. `top` is true directly under body.content,
 * the only place NITF allows `block`; a Related teaser elsewhere (in a list or quote) falls back to a paragraph.
 */
interface NodeRule {
  block: (node: BodyNode, options: NitfBodyOptions, top: boolean) => XmlElement[];
  inline: (node: BodyNode, options: NitfBodyOptions) => XmlChild[];
}

/** Inline content as a paragraph, block content as blocks: how a node without an element of its own keeps its text. */
const keepContent: NodeRule['block'] = (node, options, top) => {
  const children = node.content ?? [];
  if (children.some((child) => child.type === 'text')) return [el('p', {}, ...inline(children, options))];
  return children.flatMap((child) => block(child, options, top));
};
const keepText: NodeRule['inline'] = (node, options) => inline(node.content ?? [], options);
const contentRule: NodeRule = { block: keepContent, inline: keepText };

const isBlank = (node: BodyNode): boolean => inlineText(node).trim() === '';

const NODES: Record<BodyNodeType, NodeRule> = {
  doc: contentRule,
  // Empty paragraphs are the editor's spacing, not copy.
  paragraph: { block: (node, options) => (isBlank(node) ? [] : [el('p', {}, ...keepText(node, options))]), inline: keepText },
  heading: { block: (node, options) => (isBlank(node) ? [] : [el('hl2', {}, ...keepText(node, options))]), inline: keepText },
  text: { block: keepContent, inline: (node) => (node.text ? [withMarks(node.text, node.marks ?? [])] : []) },
  hardBreak: { block: keepContent, inline: () => [el('br')] },
  blockquote: { block: quote, inline: keepText },
  bulletList: { block: list, inline: keepText },
  orderedList: { block: list, inline: keepText },
  listItem: contentRule,
  horizontalRule: { block: () => [el('hr')], inline: keepText },
  relatedTeaser: { block: (node, options, top) => [relatedTeaser(node, options, top)], inline: keepText },
};

/** The one fallback, for a type outside the vocabulary: a code block (imported JSON) stays preformatted; any other node keeps its text. */
const FOREIGN: NodeRule = {
  block: (node, options, top) => (node.type === 'codeBlock' ? [el('pre', {}, inlineText(node))] : keepContent(node, options, top)),
  inline: keepText,
};

const ruleOf = (node: BodyNode): NodeRule => (isBodyNodeType(node.type) ? NODES[node.type] : FOREIGN);

function block(node: BodyNode, options: NitfBodyOptions, top: boolean): XmlElement[] {
  return ruleOf(node).block(node, options, top);
}

function inline(nodes: BodyNode[], options: NitfBodyOptions): XmlChild[] {
  return nodes.flatMap((node) => ruleOf(node).inline(node, options));
}

function quote(node: BodyNode, options: NitfBodyOptions): XmlElement[] {
  const inner = (node.content ?? []).flatMap((child) => block(child, options, false));
  return inner.length === 0 ? [] : [el('bq', {}, el('block', {}, ...inner))];
}

function list(node: BodyNode, options: NitfBodyOptions): XmlElement[] {
  const items = (node.content ?? []).filter((child) => child.type === 'listItem').map((child) => listItem(child, options));
  return items.length === 0 ? [] : [el(node.type === 'bulletList' ? 'ul' : 'ol', {}, ...items)];
}

/** A one-paragraph item is written inline (<li>text</li>), the way lists are usually sent. */
function listItem(node: BodyNode, options: NitfBodyOptions): XmlElement {
  const children = node.content ?? [];
  if (children.length === 1 && children[0]!.type === 'paragraph') return el('li', {}, ...inline(children[0]!.content ?? [], options));
  return el('li', {}, ...children.flatMap((child) => block(child, options, false)));
}

function relatedTeaser(node: BodyNode, options: NitfBodyOptions, top: boolean): XmlElement {
  const teaser = readRelatedTeaser(node);
  const href = teaser.url ? safeLinkUrl(teaser.url) : teaser.articleId ? (options.articleHref?.(teaser.articleId) ?? null) : null;
  const title = href ? el('a', { href }, teaser.title) : teaser.title;
  if (!top) return el('p', { class: 'related-teaser' }, 'Related: ', teaser.outlet ? `${teaser.outlet} - ` : '', title);
  // A teaser is a small sidebar, which is what NITF's block is for; datasource names the outlet.
  return el(
    'block',
    { class: 'related-teaser' },
    el('p', {}, 'Related: ', title),
    teaser.outlet ? el('datasource', {}, teaser.outlet) : null,
  );
}

type MarkRule = (child: XmlChild, mark: BodyMark) => XmlChild;

/**
 * NITF has one emphasis element, `em`, "rendered as bold, italics, or another style"; the class says
 * which, as NITF producers commonly do. Code has no inline element of its own either.
 */
const emphasis =
  (style: string): MarkRule =>
  (child) =>
    el('em', { class: style }, child);

const MARKS: Record<BodyMarkType, MarkRule> = {
  bold: emphasis('bold'),
  italic: emphasis('italic'),
  underline: emphasis('underline'),
  strike: emphasis('strike'),
  code: emphasis('code'),
  // Applied last by withMarks, so a partly emphasised link stays one link to a reader.
  link: (child, mark) => {
    const href = safeLinkUrl(mark.attrs?.href);
    return href ? el('a', { href }, child) : child;
  },
};

/** The one fallback, for a mark outside the vocabulary: dropped, its text kept. */
const foreignMark: MarkRule = (child) => child;

function withMarks(text: string, marks: BodyMark[]): XmlChild {
  let out: XmlChild = text;
  for (const mark of marks) if (mark.type !== 'link') out = (isBodyMarkType(mark.type) ? MARKS[mark.type] : foreignMark)(out, mark);
  // The link goes outermost; a second link mark (never made by the editor) is ignored.
  const link = marks.find((mark) => mark.type === 'link');
  return link ? MARKS.link(out, link) : out;
}
